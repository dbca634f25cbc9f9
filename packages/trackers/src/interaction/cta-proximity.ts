import type { Plugin } from '@sightline/core';
import { afterSetup, createSessionTime } from '../collector/session-time';
import { isPageChange } from '../collector/page-samples';
import { selectorOf } from '@sightline/core';
import { rulesOf, round3, type TargetOptions } from './rules';
import { createThrottle } from './throttle';

export interface CtaProximityOptions extends TargetOptions {
  /** Default 150 px. */
  nearPx?: number;
  /** Gap cap of the near-time sum. Default 1000 ms. */
  gapCapMs?: number;
  /** CTAs measured (first in document order). Default 16. */
  maxCtas?: number;
  /** At most one `cta_summary` round per this many ms. Default 1000. */
  summaryMs?: number;
  /** Rect refresh after scrolling. Default 100 ms. */
  refreshMs?: number;
}

interface Cta {
  element: Element;
  selector: string;
  l: number;
  t: number;
  r: number;
  b: number;
  minDist: number;
  near: boolean;
  inside: boolean;
  lastT: number;
  nearMs: number;
  approaches: number;
  entries: number;
  /** An approach or entry since the last summary. */
  changed: boolean;
  sentNearMs: number;
}

/**
 * §1.2 `cta_proximity`: a registry of up to 16 CTAs with rects read at start, after scrolling
 * (throttled) and on resize, never per move. Each move is measured against the cached rects.
 * Sample `cta_register`; signals `cta_approach` (with the Fitts index), `cta_enter` and `cta_summary`.
 */
export function createCtaProximityTracker(options: CtaProximityOptions = {}): Plugin {
  const { ctaSelector } = rulesOf(options);
  const nearPx = options.nearPx ?? 150;
  const gapCapMs = options.gapCapMs ?? 1000;
  return {
    name: 'sightline/cta-proximity@1',
    setup(ctx) {
      if (!ctx.env) return;
      const doc = ctx.env.document;
      const time = createSessionTime(ctx);
      let ctas: Cta[] = [];
      const refresh = () => {
        const known = new Map(ctas.map((cta) => [cta.element, cta]));
        const elements = Array.from(doc.querySelectorAll(ctaSelector)).slice(0, options.maxCtas ?? 16);
        ctas = elements.map((element) => {
          const box = element.getBoundingClientRect();
          const cta = known.get(element) ?? {
            element, selector: selectorOf(element), l: 0, t: 0, r: 0, b: 0, minDist: Infinity,
            near: false, inside: false, lastT: -1, nearMs: 0, approaches: 0, entries: 0, changed: false, sentNearMs: 0,
          };
          Object.assign(cta, { l: box.left, t: box.top, r: box.right, b: box.bottom });
          return cta;
        });
        const rect = (c: Cta) => ({ left: c.l, top: c.t, width: c.r - c.l, height: c.b - c.t });
        ctx.sample({ kind: 'cta_register', t: time.now(), ctas: ctas.map((c) => ({ selector: c.selector, rect: rect(c) })) });
      };
      const rescroll = createThrottle(ctx, options.refreshMs ?? 100, refresh);
      // A CTA is summarized after an approach or an entry, and at pagehide if it was near since.
      const summarize = (final: boolean) => {
        for (const c of ctas) {
          if (!c.changed && !(final && c.nearMs !== c.sentNearMs)) continue;
          c.sentNearMs = c.nearMs;
          c.changed = false;
          const props = { minDist: Math.round(c.minDist), nearMs: c.nearMs, approaches: c.approaches, entries: c.entries };
          ctx.emit({ type: 'cta_summary', target: { selector: c.selector, tag: c.element.tagName.toLowerCase() }, props });
        }
      };
      const summaries = createThrottle(ctx, options.summaryMs ?? 1000, () => summarize(false));

      const measure = (c: Cta, t: number, x: number, y: number): boolean => {
        const dx = Math.max(c.l - x, 0, x - c.r);
        const dy = Math.max(c.t - y, 0, y - c.b);
        const dist = Math.sqrt(dx * dx + dy * dy);
        const near = dist <= nearPx;
        const tag = c.element.tagName.toLowerCase();
        if (c.near && c.lastT >= 0) c.nearMs += Math.min(t - c.lastT, gapCapMs);
        if (near && !c.near) {
          c.approaches += 1;
          c.changed = true;
          const w = Math.min(c.r - c.l, c.b - c.t);
          const dc = Math.sqrt(((c.l + c.r) / 2 - x) ** 2 + ((c.t + c.b) / 2 - y) ** 2);
          ctx.emit({ type: 'cta_approach', target: { selector: c.selector, tag }, props: { fittsId: w > 0 ? round3(Math.log2(dc / w + 1)) : null } });
        }
        if (dist === 0 && !c.inside) {
          c.entries += 1;
          c.changed = true;
          ctx.emit({ type: 'cta_enter', target: { selector: c.selector, tag } });
        }
        c.near = near;
        c.inside = dist === 0;
        c.lastT = t;
        c.minDist = Math.min(c.minDist, dist);
        return c.changed;
      };

      const cancel = afterSetup(ctx, refresh);
      ctx.listen<MouseEvent>('mousemove', (event) => {
        if (ctas.length === 0) return;
        const t = time.at(event);
        let changed = false;
        for (const c of ctas) changed = measure(c, t, event.clientX, event.clientY) || changed;
        if (changed) summaries.request();
      });
      ctx.listen('scroll', () => rescroll.request());
      ctx.listen('resize', () => rescroll.request(), { target: 'window' });
      ctx.onNavigation((navigation) => {
        if (!isPageChange(navigation)) return;
        summaries.cancel();
        summarize(true);
        ctas = [];
        refresh();
      });
      ctx.listen('pagehide', () => {
        summaries.cancel();
        summarize(true);
      }, { target: 'window' });
      return () => {
        cancel();
        rescroll.cancel();
        summaries.cancel();
      };
    },
  };
}
