/**
 * The hysteresis direction filter of §1.2 `scroll_regression`, shared by scroll (50 px) and by
 * the x/y axes of `mouse_dynamics` (20 px).
 */
export interface Axis {
  has: boolean;
  prev: number;
  /** Last non-skipped delta, for callers that accumulate (regression episodes). */
  delta: number;
  confirmed: number;
  pending: number;
  dist: number;
}

export const AXIS_NONE = 0;
/** First confirmed direction: not a reversal. */
export const AXIS_CONFIRMED = 1;
export const AXIS_REVERSED = 2;

export function createAxis(): Axis {
  return { has: false, prev: 0, delta: 0, confirmed: 0, pending: 0, dist: 0 };
}

export function resetAxis(a: Axis): void {
  a.has = false;
  a.prev = 0;
  a.delta = 0;
  a.confirmed = 0;
  a.pending = 0;
  a.dist = 0;
}

/** Feed one position; returns AXIS_NONE, AXIS_CONFIRMED or AXIS_REVERSED. */
export function stepAxis(a: Axis, v: number, minTravel: number): number {
  if (!a.has) {
    a.has = true;
    a.prev = v;
    a.delta = 0;
    return AXIS_NONE;
  }
  const d = v - a.prev;
  a.prev = v;
  a.delta = d;
  if (d === 0) return AXIS_NONE;
  const s = d > 0 ? 1 : -1;
  const m = d > 0 ? d : -d;
  if (s === a.pending) a.dist += m;
  else {
    a.pending = s;
    a.dist = m;
  }
  if (a.dist >= minTravel && a.pending !== a.confirmed) {
    const was = a.confirmed;
    a.confirmed = a.pending;
    return was !== 0 ? AXIS_REVERSED : AXIS_CONFIRMED;
  }
  return AXIS_NONE;
}
