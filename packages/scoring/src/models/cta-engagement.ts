import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { roundHalfUp } from '../math/round';
import { createCtaTrack, ctaMove, ctaRegister, ctaReset, ctaStat, type CtaStat, type CtaTrack } from '../trackers/cta-proximity';

/** #18 `cta_engagement` (§2.2, §4.3), page-scoped: closeness, near dwell and click per CTA [S20]. Heuristic weights. */
export interface CtaEngagementConfig {
  nearPx: number;
  farPx: number;
  gapCapMs: number;
  maxCtas: number;
  dwellSatMs: number;
  closenessPoints: number;
  dwellPoints: number;
  clickPoints: number;
}

export interface CtaEngagementState {
  cfg: CtaEngagementConfig;
  ctas: CtaTrack;
}

export interface CtaScore {
  selector: string;
  score: number;
  /** null with no samples. */
  minDist: number | null;
  nearMs: number;
  approaches: number;
  entries: number;
  fittsIds: (number | null)[];
  clicked: boolean;
}

export interface CtaEngagementOutput {
  /** Max over CTAs, 0 with none. */
  score: number;
  ctas: CtaScore[];
}

const defaults: CtaEngagementConfig = {
  nearPx: 150, farPx: 300, gapCapMs: 1000, maxCtas: 16, dwellSatMs: 3000, closenessPoints: 40, dwellPoints: 30, clickPoints: 30,
};

/**
 * The §4.3 normative form, left to right in doubles. With the defaults the dwell term is
 * min(nearMs, 3000)/100 exactly: the divisor is dwellSatMs/dwellPoints = 100.
 */
function scoreOf(c: CtaEngagementConfig, s: CtaStat): number {
  const m = Math.min(s.minDist, c.farPx);
  const x = c.closenessPoints - (c.closenessPoints * m) / c.farPx + Math.min(s.nearMs, c.dwellSatMs) / (c.dwellSatMs / c.dwellPoints) + c.clickPoints * (s.clicked ? 1 : 0);
  return roundHalfUp(x);
}

function update(s: CtaEngagementState, input: ScoringInput): CtaEngagementState {
  switch (input.kind) {
    case 'move':
      if (s.ctas.active.length > 0) ctaMove(s.ctas, input.t, input.x, input.y, s.cfg);
      break;
    case 'cta_register':
      ctaRegister(s.ctas, input.ctas, s.cfg);
      break;
    case 'click': {
      const sel = input.target.selector;
      if (s.ctas.all.has(sel) || input.target.cta) ctaStat(s.ctas, sel).clicked = true;
      break;
    }
    case 'pageview':
      ctaReset(s.ctas);
      break;
  }
  return s;
}

function evaluate(s: CtaEngagementState): CtaEngagementOutput {
  let score = 0;
  const ctas: CtaScore[] = [];
  for (const c of s.ctas.all.values()) {
    const v = scoreOf(s.cfg, c);
    if (v > score) score = v;
    ctas.push({
      selector: c.selector, score: v, minDist: c.minDist === Infinity ? null : c.minDist, nearMs: c.nearMs,
      approaches: c.approaches, entries: c.entries, fittsIds: c.fittsIds.slice(), clicked: c.clicked,
    });
  }
  return { score, ctas };
}

export const ctaEngagement: ModelDescriptor<'cta_engagement', CtaEngagementConfig, CtaEngagementState, CtaEngagementOutput> = {
  id: 'cta_engagement',
  defaults,
  kinds: ['move', 'cta_register', 'click', 'pageview'],
  init: (config) => ({ cfg: withDefaults(defaults, config), ctas: createCtaTrack() }),
  update,
  evaluate,
};
