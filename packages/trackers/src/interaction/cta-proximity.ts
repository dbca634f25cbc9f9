import { selectorOf, type Plugin } from '@sightline/core';
import { CTA_APPROACH, CTA_ENTER, createCtaProximity, ctaFittsId, setCtaRect, stepCta, type CtaProximity, type CtaRect } from '@sightline/core/signals';
import { afterSetup, createSessionTime } from '../collector/session-time';
import { isPageChange } from '../collector/page-samples';
import { rulesOf, type TargetOptions } from './rules';
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

/** The shared per-CTA proximity state (the scoring model runs the same step on the samples). */
interface Cta extends CtaProximity {
  element: Element;
  selector: string;
  /** As read at the last refresh, and as the `cta_register` sample carries it. */
  rect: CtaRect;
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
          const rect = { left: box.left, top: box.top, width: box.right - box.left, height: box.bottom - box.top };
          const cta = known.get(element) ?? { ...createCtaProximity(), element, selector: selectorOf(element), rect, changed: false, sentNearMs: 0 };
          cta.rect = rect;
          setCtaRect(cta, rect);
          return cta;
        });
        ctx.sample({ kind: 'cta_register', t: time.now(), ctas: ctas.map((c) => ({ selector: c.selector, rect: c.rect })) });
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
        const flags = stepCta(c, t, x, y, nearPx, gapCapMs);
        if (!flags) return c.changed;
        c.changed = true;
        const target = { selector: c.selector, tag: c.element.tagName.toLowerCase() };
        if (flags & CTA_APPROACH) ctx.emit({ type: 'cta_approach', target, props: { fittsId: ctaFittsId(c, x, y) } });
        if (flags & CTA_ENTER) ctx.emit({ type: 'cta_enter', target });
        return true;
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
