import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { round3 } from '@sightline/core/signals';
import { createScrollTrack, resetScrollTrack, stepScroll, type ScrollTrack } from '../trackers/scroll-regression';

/** #5 `excessive_scroll` (§2.2), page-scoped. Fixed threshold: heuristic (Clarity is adaptive [S10]). */
export interface ExcessiveScrollConfig {
  minSegmentPx: number;
  flagReversals: number;
  pointsPerReversal: number;
}

export interface ExcessiveScrollState {
  cfg: ExcessiveScrollConfig;
  scroll: ScrollTrack;
}

export interface ExcessiveScrollOutput {
  reversals: number;
  flag: boolean;
  score: number;
  /** (downPx + upPx) / max(1, D − H) with the latest sample's D and H, 3 decimals. */
  travelRatio: number;
}

const defaults: ExcessiveScrollConfig = { minSegmentPx: 50, flagReversals: 4, pointsPerReversal: 25 };

function update(s: ExcessiveScrollState, input: ScoringInput): ExcessiveScrollState {
  if (input.kind === 'scroll') stepScroll(s.scroll, input, s.cfg.minSegmentPx);
  else if (input.kind === 'pageview') resetScrollTrack(s.scroll);
  return s;
}

function evaluate(s: ExcessiveScrollState): ExcessiveScrollOutput {
  const sc = s.scroll;
  return {
    reversals: sc.reversals,
    flag: sc.reversals >= s.cfg.flagReversals,
    score: Math.min(100, s.cfg.pointsPerReversal * sc.reversals),
    travelRatio: round3((sc.downPx + sc.upPx) / Math.max(1, sc.lastD - sc.lastH)),
  };
}

export const excessiveScroll: ModelDescriptor<'excessive_scroll', ExcessiveScrollConfig, ExcessiveScrollState, ExcessiveScrollOutput> = {
  id: 'excessive_scroll',
  defaults,
  kinds: ['scroll', 'pageview'],
  init: (config) => ({ cfg: withDefaults(defaults, config), scroll: createScrollTrack() }),
  update,
  evaluate,
};
