import { CTA_APPROACH, createCtaProximity, ctaFittsId, setCtaRect, stepCta, type CtaProximity } from '@sightline/core/signals';
import type { Rect } from '../input/target';

/** §1.2 `cta_proximity` per CTA, keyed by selector. */
export interface CtaStat extends CtaProximity {
  selector: string;
  rect: Rect | null;
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
    s = { ...createCtaProximity(), selector, rect: null, fittsIds: [], clicked: false };
    track.all.set(selector, s);
  }
  return s;
}

function setRect(s: CtaStat, rect: Rect): void {
  s.rect = rect;
  setCtaRect(s, rect);
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
  for (const s of track.active) {
    if (stepCta(s, t, x, y, cfg.nearPx, cfg.gapCapMs) & CTA_APPROACH) s.fittsIds.push(ctaFittsId(s, x, y));
  }
}
