import { hypot, round3 } from './math';

/** A CTA's rect as samples carry it. */
export interface CtaRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** §1.2 `cta_proximity` for one CTA: its cached edges and what the pointer did near it. */
export interface CtaProximity {
  left: number;
  top: number;
  right: number;
  bottom: number;
  cx: number;
  cy: number;
  /** The smaller of width and height, the W of the Fitts index. */
  w: number;
  minDist: number;
  nearMs: number;
  approaches: number;
  entries: number;
  hasPrev: boolean;
  prevT: number;
  prevNear: boolean;
  prevDist: number;
}

/** The pointer came within `nearPx` (an approach). */
export const CTA_APPROACH = 1;
/** The pointer entered the rect. */
export const CTA_ENTER = 2;

export const createCtaProximity = (): CtaProximity => ({
  left: 0, top: 0, right: 0, bottom: 0, cx: 0, cy: 0, w: 0,
  minDist: Infinity, nearMs: 0, approaches: 0, entries: 0, hasPrev: false, prevT: 0, prevNear: false, prevDist: 0,
});

/** Caches the edges and centre once per registration, for the per-move loop. */
export function setCtaRect(s: CtaProximity, rect: CtaRect): void {
  s.left = rect.left;
  s.top = rect.top;
  s.right = rect.left + rect.width;
  s.bottom = rect.top + rect.height;
  s.cx = rect.left + rect.width / 2;
  s.cy = rect.top + rect.height / 2;
  s.w = Math.min(rect.width, rect.height);
}

/** Feeds one move; returns CTA_APPROACH | CTA_ENTER flags for what it started. */
export function stepCta(s: CtaProximity, t: number, x: number, y: number, nearPx: number, gapCapMs: number): number {
  // dx = max(l − x, 0, x − r), dy likewise; branches avoid Math.max's varargs on the hot path.
  const dx = x < s.left ? s.left - x : x > s.right ? x - s.right : 0;
  const dy = y < s.top ? s.top - y : y > s.bottom ? y - s.bottom : 0;
  const dist = dx === 0 && dy === 0 ? 0 : hypot(dx, dy);
  const wasNear = s.hasPrev && s.prevNear;
  if (wasNear) s.nearMs += Math.min(t - s.prevT, gapCapMs);
  const near = dist <= nearPx;
  let flags = near && !wasNear ? CTA_APPROACH : 0;
  if (dist === 0 && !(s.hasPrev && s.prevDist === 0)) {
    s.entries += 1;
    flags |= CTA_ENTER;
  }
  if (flags & CTA_APPROACH) s.approaches += 1;
  if (dist < s.minDist) s.minDist = dist;
  s.hasPrev = true;
  s.prevT = t;
  s.prevNear = near;
  s.prevDist = dist;
  return flags;
}

/** Fitts index of difficulty (Shannon, smaller-of W) from (x, y), 3 decimals; null for a zero-size rect. */
export const ctaFittsId = (s: CtaProximity, x: number, y: number): number | null =>
  s.w > 0 ? round3(Math.log2(hypot(x - s.cx, y - s.cy) / s.w + 1)) : null;
