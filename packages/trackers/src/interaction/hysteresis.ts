/**
 * The direction filter of §1.2 `scroll_regression`, also run on each mouse axis: a direction is
 * confirmed after `minTravel` px of travel in it; a confirmed change of direction is a reversal.
 */
export interface Axis {
  has: boolean;
  prev: number;
  confirmed: number;
  pending: number;
  dist: number;
}

export const createAxis = (): Axis => ({ has: false, prev: 0, confirmed: 0, pending: 0, dist: 0 });

export const AXIS_NONE = 0;
/** The first direction of the axis was confirmed (not a reversal). */
export const AXIS_FIRST = 1;
/** A change of direction was confirmed: a reversal; the new direction is `confirmed`. */
export const AXIS_REVERSED = 2;

/** Feeds a position; returns what it confirmed. */
export function stepAxis(axis: Axis, value: number, minTravel: number): number {
  if (!axis.has) {
    axis.has = true;
    axis.prev = value;
    return AXIS_NONE;
  }
  const delta = value - axis.prev;
  axis.prev = value;
  if (delta === 0) return AXIS_NONE;
  const sign = delta > 0 ? 1 : -1;
  if (sign === axis.pending) axis.dist += Math.abs(delta);
  else {
    axis.pending = sign;
    axis.dist = Math.abs(delta);
  }
  if (axis.dist < minTravel || axis.pending === axis.confirmed) return AXIS_NONE;
  const first = axis.confirmed === 0;
  axis.confirmed = axis.pending;
  return first ? AXIS_FIRST : AXIS_REVERSED;
}
