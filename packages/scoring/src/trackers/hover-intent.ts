import type { Target } from '../input/target';

/**
 * §1.2 `hover_intent` (hoverIntent r7 polls, event-driven). Hovers are keyed by selector (§4.3).
 * Timers fire after the events at their `t` (§4.2.2): callers run `advanceHovers(set, t)` before
 * applying an event at `t`, which fires polls strictly before `t`.
 */
export interface Hover {
  target: Target;
  t0: number;
  prevX: number;
  prevY: number;
  curX: number;
  curY: number;
  /** Next poll time. */
  next: number;
  /** Time of the intent, or -1. */
  intentT: number;
  /** Intent fired and not yet seen by the owning model. */
  fresh: boolean;
}

export interface HoverConfig {
  /** Manhattan px. */
  sensitivity: number;
  intervalMs: number;
}

export function hoverEnter(open: Hover[], target: Target, t: number, x: number, y: number, cfg: HoverConfig): void {
  hoverRemove(open, target.selector);
  open.push({ target, t0: t, prevX: x, prevY: y, curX: x, curY: y, next: t + cfg.intervalMs, intentT: -1, fresh: false });
}

export function hoverRemove(open: Hover[], selector: string): Hover | null {
  for (let i = 0; i < open.length; i++) {
    const h = open[i]!;
    if (h.target.selector === selector) {
      open.splice(i, 1);
      return h;
    }
  }
  return null;
}

/**
 * Intent time a hover reaches by `until` with its current position, or -1. With no new move,
 * at most two polls decide: the second compares a position with itself.
 */
export function intentBy(h: Hover, until: number, cfg: HoverConfig, inclusive: boolean): number {
  if (h.intentT >= 0) return h.intentT;
  let p = h.next;
  for (let k = 0; k < 2; k++) {
    if (inclusive ? p > until : p >= until) return -1;
    const m = k === 0 ? Math.abs(h.curX - h.prevX) + Math.abs(h.curY - h.prevY) : 0;
    if (m < cfg.sensitivity) return p;
    p += cfg.intervalMs;
  }
  return -1;
}

/** Fire polls due strictly before `t`; returns true when some hover gained intent. */
export function advanceHovers(open: Hover[], t: number, cfg: HoverConfig): boolean {
  let fired = false;
  for (let i = 0; i < open.length; i++) {
    const h = open[i]!;
    if (h.intentT >= 0 || h.next >= t) continue;
    const p = intentBy(h, t, cfg, false);
    if (p >= 0) {
      h.intentT = p;
      h.fresh = true;
      fired = true;
    } else {
      // Polls before t all failed: each moved prev to cur, so prev = cur now.
      while (h.next < t) h.next += cfg.intervalMs;
      h.prevX = h.curX;
      h.prevY = h.curY;
    }
  }
  return fired;
}

export function hoverMove(open: Hover[], x: number, y: number): void {
  for (let i = 0; i < open.length; i++) {
    const h = open[i]!;
    h.curX = x;
    h.curY = y;
  }
}
