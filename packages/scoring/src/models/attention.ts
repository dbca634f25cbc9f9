import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { percentOf } from '../math/round';
import { clockInput, createVisibilityClock, readClock, type VisibilityClock } from '../trackers/visibility-clock';

/**
 * #13 `attention` (§2.2): share of the session's time the tab was visible [S17].
 * elapsed = min(T, t_pagehide) − t_sessionStart; a gap between a pagehide and the next pageview
 * counts in elapsed but not as visible (documented choice).
 */
export type AttentionConfig = Record<string, never>;

export interface AttentionState {
  clock: VisibilityClock;
}

export interface AttentionOutput {
  score: number;
  visibleMs: number;
  hiddenMs: number;
  tabSwitches: number;
  longestHiddenMs: number;
}

function update(s: AttentionState, input: ScoringInput): AttentionState {
  clockInput(s.clock, input.kind, input.t, input.kind === 'vis' ? input.state : input.kind === 'env' ? input.visibilityState : undefined);
  return s;
}

function evaluate(s: AttentionState, T: number): AttentionOutput {
  const r = readClock(s.clock, T);
  const elapsed = r.elapsedMs;
  return {
    score: elapsed === 0 ? 100 : percentOf(r.visibleMs, elapsed),
    visibleMs: r.visibleMs,
    hiddenMs: r.hiddenMs,
    tabSwitches: r.tabSwitches,
    longestHiddenMs: r.longestHiddenMs,
  };
}

export const attention: ModelDescriptor<'attention', AttentionConfig, AttentionState, AttentionOutput> = {
  id: 'attention',
  defaults: {},
  kinds: ['vis', 'env', 'pagehide', 'pageview', 'session_start'],
  init: () => ({ clock: createVisibilityClock() }),
  update,
  evaluate,
};
