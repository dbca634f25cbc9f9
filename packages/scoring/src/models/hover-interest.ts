import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { advanceHovers, hoverEnter, hoverMove, hoverRemove, intentBy, type Hover } from '../trackers/hover-intent';

/** #17 `hover_interest` (§2.2): deliberate hovers by hoverIntent r7 [S9]. */
export interface HoverInterestConfig {
  sensitivity: number;
  intervalMs: number;
  pointsPerHover: number;
}

export interface HoverInterestState {
  cfg: HoverInterestConfig;
  open: Hover[];
  intentHovers: number;
  ctaIntentHovers: number;
  dwellSum: number;
  dwellN: number;
}

export interface HoverInterestOutput {
  score: number;
  intentHovers: number;
  ctaIntentHovers: number;
  /** Unrounded mean dwell of finished hovers with intent (§4.3), null if none. */
  meanIntentDwellMs: number | null;
}

const defaults: HoverInterestConfig = { sensitivity: 7, intervalMs: 100, pointsPerHover: 20 };

function update(s: HoverInterestState, input: ScoringInput): HoverInterestState {
  if (s.open.length > 0 && advanceHovers(s.open, input.t, s.cfg)) {
    for (const h of s.open) {
      if (!h.fresh) continue;
      h.fresh = false;
      s.intentHovers += 1;
      if (h.target.cta) s.ctaIntentHovers += 1;
    }
  }
  switch (input.kind) {
    case 'move':
      if (s.open.length > 0) hoverMove(s.open, input.x, input.y);
      break;
    case 'hover_enter':
      hoverEnter(s.open, input.target, input.t, input.x, input.y, s.cfg);
      break;
    case 'hover_leave': {
      const h = hoverRemove(s.open, input.target.selector);
      if (h && h.intentT >= 0) {
        s.dwellSum += input.t - h.t0;
        s.dwellN += 1;
      }
      break;
    }
    case 'pagehide':
      s.open.length = 0;
      break;
    case 'session_start':
      s.open.length = 0;
      s.intentHovers = s.ctaIntentHovers = s.dwellSum = s.dwellN = 0;
      break;
  }
  return s;
}

function evaluate(s: HoverInterestState, T: number): HoverInterestOutput {
  let intentHovers = s.intentHovers;
  let ctaIntentHovers = s.ctaIntentHovers;
  for (const h of s.open) {
    if (h.intentT < 0 && intentBy(h, T, s.cfg, true) >= 0) {
      intentHovers += 1;
      if (h.target.cta) ctaIntentHovers += 1;
    }
  }
  return {
    score: Math.min(100, s.cfg.pointsPerHover * intentHovers),
    intentHovers,
    ctaIntentHovers,
    meanIntentDwellMs: s.dwellN === 0 ? null : s.dwellSum / s.dwellN,
  };
}

export const hoverInterest: ModelDescriptor<'hover_interest', HoverInterestConfig, HoverInterestState, HoverInterestOutput> = {
  id: 'hover_interest',
  defaults,
  kinds: ['move', 'hover_enter', 'hover_leave', 'pagehide', 'session_start'],
  init: (config) => ({ cfg: withDefaults(defaults, config), open: [], intentHovers: 0, ctaIntentHovers: 0, dwellSum: 0, dwellN: 0 }),
  update,
  evaluate,
};
