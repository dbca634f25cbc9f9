import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { scrollDepthPct } from '@sightline/core/signals';

/**
 * #14 `scroll_depth` (§1.2, §2.2), page-scoped: content-based floor %, so 89.9 % is 89
 * [S3][S13][S14]. Negative overscroll reads as 0 (documented choice).
 */
export interface ScrollDepthConfig {
  milestones: readonly number[];
}

export interface ScrollDepthState {
  cfg: ScrollDepthConfig;
  maxDepthPct: number;
  /** First t per milestone, -1 until reached; same order as cfg.milestones. */
  reached: number[];
}

export interface ScrollDepthOutput {
  maxDepthPct: number;
  milestones: Record<number, number>;
}

const defaults: ScrollDepthConfig = { milestones: [25, 50, 75, 90, 100] };

function update(s: ScrollDepthState, input: ScoringInput): ScrollDepthState {
  if (input.kind === 'scroll') {
    const pct = scrollDepthPct(input.y, input.H, input.D);
    if (pct > s.maxDepthPct) {
      s.maxDepthPct = pct;
      const ms = s.cfg.milestones;
      for (let i = 0; i < ms.length; i++) if (s.reached[i]! < 0 && pct >= ms[i]!) s.reached[i] = input.t;
    }
  } else if (input.kind === 'pageview') {
    s.maxDepthPct = 0;
    s.reached.fill(-1);
  }
  return s;
}

function evaluate(s: ScrollDepthState): ScrollDepthOutput {
  const milestones: Record<number, number> = {};
  s.cfg.milestones.forEach((m, i) => {
    if (s.reached[i]! >= 0) milestones[m] = s.reached[i]!;
  });
  return { maxDepthPct: s.maxDepthPct, milestones };
}

export const scrollDepth: ModelDescriptor<'scroll_depth', ScrollDepthConfig, ScrollDepthState, ScrollDepthOutput> = {
  id: 'scroll_depth',
  defaults,
  kinds: ['scroll', 'pageview'],
  init: (config) => {
    const cfg = withDefaults(defaults, config);
    return { cfg, maxDepthPct: 0, reached: cfg.milestones.map(() => -1) };
  },
  update,
  evaluate,
};
