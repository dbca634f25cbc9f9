/** §0 Rounding: round half up, `floor(x + 0.5)`, for x >= 0. */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

/** §0 clamp. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Integer reference form of `round(100·num/den)`: `floor((200·num + den) / (2·den))`
 * (form_completion, attention, content_affinity). Inputs are integers, so no float drift.
 */
export function percentOf(num: number, den: number): number {
  return Math.floor((200 * num + den) / (2 * den));
}

/** Three decimals, half up (travelRatio, fittsId); the one the trackers use too. */
export { round3 } from '@sightline/core/signals';
