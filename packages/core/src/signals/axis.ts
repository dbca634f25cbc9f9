/**
 * The hysteresis direction filter of §1.2 `scroll_regression`, also run on each mouse axis: a
 * direction is confirmed after `minTravel` px of travel in it; a confirmed change of direction
 * is a reversal.
 */
export interface Axis {
  has: boolean;
  prev: number;
  /** The last delta fed (0 for the first position), for callers that accumulate travel. */
  delta: number;
  confirmed: number;
  pending: number;
  dist: number;
}

export const AXIS_NONE = 0;
/** The first direction of the axis was confirmed: not a reversal. */
export const AXIS_CONFIRMED = 1;
/** A change of direction was confirmed: a reversal; the new direction is `confirmed`. */
export const AXIS_REVERSED = 2;

export const createAxis = (): Axis => ({ has: false, prev: 0, delta: 0, confirmed: 0, pending: 0, dist: 0 });

export function resetAxis(a: Axis): void {
  a.has = false;
  a.prev = a.delta = a.confirmed = a.pending = a.dist = 0;
}

/** Feeds one position; returns AXIS_NONE, AXIS_CONFIRMED or AXIS_REVERSED. */
export function stepAxis(a: Axis, v: number, minTravel: number): number {
  const d = a.has ? v - a.prev : 0;
  a.has = true;
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
  if (a.dist < minTravel || a.pending === a.confirmed) return AXIS_NONE;
  const was = a.confirmed;
  a.confirmed = a.pending;
  return was !== 0 ? AXIS_REVERSED : AXIS_CONFIRMED;
}
