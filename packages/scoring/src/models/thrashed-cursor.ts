import type { ScoringInput } from '../input/index';
import type { ModelDescriptor } from '../model/types';
import { withDefaults } from '../model/types';
import { AXIS_REVERSED, createAxis, resetAxis, stepAxis, type Axis } from '@sightline/core/signals';

/**
 * #4 `thrashed_cursor` (§2.2): axis reversals of `mouse_dynamics` (§1.2), x then y when both
 * flip on one move; 4 within 1000 ms emit one thrash and clear R [S11][S24]. Heuristic.
 */
export interface ThrashedCursorConfig {
  axisMinTravelPx: number;
  reversals: number;
  windowMs: number;
}

export interface ThrashedCursorState {
  cfg: ThrashedCursorConfig;
  x: Axis;
  y: Axis;
  /** Ring buffer holding the last `reversals` times of R. */
  ring: number[];
  size: number;
  count: number;
}

export interface ThrashedCursorOutput {
  count: number;
}

const defaults: ThrashedCursorConfig = { axisMinTravelPx: 20, reversals: 4, windowMs: 1000 };

function append(s: ThrashedCursorState, t: number): void {
  const n = s.cfg.reversals;
  s.ring[s.size % n] = t;
  s.size += 1;
  // R[last − (n−1)] is the slot the next append would overwrite.
  if (s.size >= n && t - s.ring[s.size % n]! <= s.cfg.windowMs) {
    s.count += 1;
    s.size = 0;
  }
}

function update(s: ThrashedCursorState, input: ScoringInput): ThrashedCursorState {
  if (input.kind === 'move') {
    const m = s.cfg.axisMinTravelPx;
    if (stepAxis(s.x, input.x, m) === AXIS_REVERSED) append(s, input.t);
    if (stepAxis(s.y, input.y, m) === AXIS_REVERSED) append(s, input.t);
  } else if (input.kind === 'session_start') {
    resetAxis(s.x);
    resetAxis(s.y);
    s.size = 0;
    s.count = 0;
  }
  return s;
}

export const thrashedCursor: ModelDescriptor<'thrashed_cursor', ThrashedCursorConfig, ThrashedCursorState, ThrashedCursorOutput> = {
  id: 'thrashed_cursor',
  defaults,
  kinds: ['move', 'session_start'],
  init: (config) => {
    const cfg = withDefaults(defaults, config);
    return { cfg, x: createAxis(), y: createAxis(), ring: new Array<number>(cfg.reversals).fill(0), size: 0, count: 0 };
  },
  update,
  evaluate: (s) => ({ count: s.count }),
};
