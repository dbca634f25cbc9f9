import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { roundHalfUp } from '../math/round';

/** #21 `exit_intent` (§2.2, §4.3), page-scoped: Ouibounce's triggers [S4]. */
export interface ExitIntentConfig {
  armMs: number;
  /** clientY at or above which a document leave triggers. */
  sensitivityPx: number;
  /** Upward speed (px/ms) at which confidence saturates. */
  speedSat: number;
  baseConfidence: number;
  keyConfidence: number;
}

export interface ExitIntentState {
  cfg: ExitIntentConfig;
  pageviewT: number;
  /** The last kept move, not reset per page view (§4.3). */
  hasMove: boolean;
  moveT: number;
  moveY: number;
  count: number;
  lastConfidence: number | null;
  maxConfidence: number;
}

export interface ExitIntentOutput {
  score: number;
  count: number;
  lastConfidence: number | null;
}

const defaults: ExitIntentConfig = { armMs: 1000, sensitivityPx: 20, speedSat: 1, baseConfidence: 0.6, keyConfidence: 0.5 };

function fire(s: ExitIntentState, confidence: number): void {
  s.count += 1;
  s.lastConfidence = confidence;
  if (confidence > s.maxConfidence) s.maxConfidence = confidence;
}

function update(s: ExitIntentState, input: ScoringInput): ExitIntentState {
  const c = s.cfg;
  switch (input.kind) {
    case 'move':
      s.hasMove = true;
      s.moveT = input.t;
      s.moveY = input.y;
      break;
    case 'pageview':
      s.pageviewT = input.t;
      s.count = 0;
      s.lastConfidence = null;
      s.maxConfidence = 0;
      break;
    case 'doc_leave': {
      if (input.t - s.pageviewT < c.armMs || input.y > c.sensitivityPx) break;
      const dt = input.t - s.moveT;
      const v = s.hasMove && dt !== 0 ? (s.moveY - input.y) / dt : 0;
      // 0.6 + 0.4·min(1, max(0, v)) with the saturation speed as a parameter.
      fire(s, c.baseConfidence + (1 - c.baseConfidence) * Math.min(1, Math.max(0, v) / c.speedSat));
      break;
    }
    case 'keydown': {
      const m = input.modifiers;
      if (input.t - s.pageviewT >= c.armMs && input.exitKey && m && (m.meta || m.ctrl)) fire(s, c.keyConfidence);
      break;
    }
  }
  return s;
}

export const exitIntent: ModelDescriptor<'exit_intent', ExitIntentConfig, ExitIntentState, ExitIntentOutput> = {
  id: 'exit_intent',
  defaults,
  kinds: ['move', 'pageview', 'doc_leave', 'keydown'],
  init: (config) => ({
    cfg: withDefaults(defaults, config), pageviewT: 0, hasMove: false, moveT: 0, moveY: 0, count: 0, lastConfidence: null, maxConfidence: 0,
  }),
  update,
  evaluate: (s) => ({ score: s.count === 0 ? 0 : roundHalfUp(100 * s.maxConfidence), count: s.count, lastConfidence: s.lastConfidence }),
};
