import type { Rect } from '../input/target';
import { hypot, round3 } from '../math/round';

/** §1.2 `cta_proximity` per CTA, keyed by selector. */
export interface CtaStat {
  selector: string;
  rect: Rect | null;
  /** Rect edges and centre, computed once per registration for the per-move loop. */
  right: number;
  bottom: number;
  cx: number;
  cy: number;
  minDist: number;
  nearMs: number;
  hasPrev: boolean;
  prevT: number;
  prevNear: boolean;
  prevDist: number;
  approaches: number;
  entries: number;
  /** Fitts ID (Shannon, smaller-of W) at each approach, 3 decimals; null for a zero-size rect. */
  fittsIds: (number | null)[];
  clicked: boolean;
}

export interface CtaTrack {
  /** The current registry snapshot (first `maxCtas`), measured on every move. */
  active: CtaStat[];
  /** Every CTA registered or clicked during the page view. */
  all: Map<string, CtaStat>;
}

export interface CtaConfig {
  nearPx: number;
  gapCapMs: number;
  maxCtas: number;
}

export function createCtaTrack(): CtaTrack {
  return { active: [], all: new Map() };
}

export function ctaStat(track: CtaTrack, selector: string): CtaStat {
  let s = track.all.get(selector);
  if (!s) {
    s = {
      selector, rect: null, right: 0, bottom: 0, cx: 0, cy: 0, minDist: Infinity, nearMs: 0, hasPrev: false, prevT: 0, prevNear: false,
      prevDist: 0, approaches: 0, entries: 0, fittsIds: [], clicked: false,
    };
    track.all.set(selector, s);
  }
  return s;
}

function setRect(s: CtaStat, rect: Rect): void {
  s.rect = rect;
  s.right = rect.left + rect.width;
  s.bottom = rect.top + rect.height;
  s.cx = rect.left + rect.width / 2;
  s.cy = rect.top + rect.height / 2;
}

export function ctaRegister(track: CtaTrack, ctas: readonly { selector: string; rect: Rect }[], cfg: CtaConfig): void {
  track.active.length = 0;
  const n = Math.min(ctas.length, cfg.maxCtas);
  for (let i = 0; i < n; i++) {
    const c = ctas[i]!;
    const s = ctaStat(track, c.selector);
    setRect(s, c.rect);
    track.active.push(s);
  }
}

/** Page view reset: stats restart, the registry (a DOM mirror) stays measured. */
export function ctaReset(track: CtaTrack): void {
  const active = track.active.map((s) => ({ selector: s.selector, rect: s.rect }));
  track.all.clear();
  track.active.length = 0;
  for (const a of active) {
    const s = ctaStat(track, a.selector);
    if (a.rect) setRect(s, a.rect);
    track.active.push(s);
  }
}

export function ctaMove(track: CtaTrack, t: number, x: number, y: number, cfg: CtaConfig): void {
  const list = track.active;
  for (let i = 0; i < list.length; i++) {
    const s = list[i]!;
    const r = s.rect!;
    // dx = max(l − x, 0, x − r), dy likewise; branches avoid Math.max's varargs on the hot path.
    const dx = x < r.left ? r.left - x : x > s.right ? x - s.right : 0;
    const dy = y < r.top ? r.top - y : y > s.bottom ? y - s.bottom : 0;
    const dist = dx === 0 && dy === 0 ? 0 : hypot(dx, dy);
    if (s.hasPrev && s.prevNear) s.nearMs += Math.min(t - s.prevT, cfg.gapCapMs);
    const near = dist <= cfg.nearPx;
    if (near && !(s.hasPrev && s.prevNear)) {
      s.approaches += 1;
      const w = Math.min(r.width, r.height);
      const dc = hypot(x - s.cx, y - s.cy);
      s.fittsIds.push(w > 0 ? round3(Math.log2(dc / w + 1)) : null);
    }
    if (dist === 0 && !(s.hasPrev && s.prevDist === 0)) s.entries += 1;
    if (dist < s.minDist) s.minDist = dist;
    s.hasPrev = true;
    s.prevT = t;
    s.prevNear = near;
    s.prevDist = dist;
  }
}
