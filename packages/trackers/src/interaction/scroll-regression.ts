import type { Plugin } from '@sightline/core';
import { afterSetup, createSessionTime } from '../collector/session-time';
import { isPageChange } from '../collector/page-samples';
import { AXIS_NONE, AXIS_REVERSED, createAxis, stepAxis } from './hysteresis';

export interface ScrollRegressionOptions {
  /** Travel that confirms a direction. Default 50 px. */
  minSegmentPx?: number;
  /** Depth milestones in %, each sent once per page view. Default 25, 50, 75, 90, 100. */
  milestones?: readonly number[];
}

/**
 * §1.2 `scroll_regression` on the document: `scroll {y, H, D}` samples (one at start and per
 * pageview), and signals `scroll_depth` (once per milestone), `scroll_reversal`, and
 * `scroll_regression` with the up travel of each episode when it ends. H and D are cached and
 * refreshed on resize and by a ResizeObserver (after layout), so a scroll reads only `scrollY`.
 */
export function createScrollRegressionTracker(options: ScrollRegressionOptions = {}): Plugin {
  const minSegment = options.minSegmentPx ?? 50;
  const milestones = options.milestones ?? [25, 50, 75, 90, 100];
  return {
    name: 'sightline/scroll-regression@1',
    setup(ctx) {
      if (!ctx.env) return;
      const { window: win, document: doc } = ctx.env;
      const root = doc.documentElement;
      const time = createSessionTime(ctx);
      let H = 0;
      let D = 0;
      const measure = () => {
        H = root.clientHeight;
        D = root.scrollHeight;
      };
      let axis = createAxis();
      let reached = 0;
      let episodeUp = -1;

      const closeEpisode = () => {
        if (episodeUp >= 0) ctx.emit({ type: 'scroll_regression', props: { upPx: Math.round(episodeUp) } });
        episodeUp = -1;
      };
      const sample = (t: number) => {
        const y = Math.max(0, win.scrollY);
        ctx.sample({ kind: 'scroll', t, y, H, D });
        const depth = D <= H ? 100 : Math.min(100, Math.floor((100 * (y + H)) / D));
        for (; reached < milestones.length && depth >= milestones[reached]!; reached++) {
          ctx.emit({ type: 'scroll_depth', props: { milestone: milestones[reached]!, depthPct: depth } });
        }
        const dy = axis.has ? y - axis.prev : 0;
        const step = stepAxis(axis, y, minSegment);
        if (step === AXIS_NONE && dy < 0 && episodeUp >= 0) episodeUp -= dy;
        // The first confirmed direction of a page view is not a reversal.
        if (step !== AXIS_REVERSED) return;
        const dir = axis.confirmed;
        ctx.emit({ type: 'scroll_reversal', props: { dir } });
        if (dir === 1) closeEpisode();
        else episodeUp = axis.dist;
      };
      const startPage = () => {
        closeEpisode();
        axis = createAxis();
        reached = 0;
        measure();
        sample(time.now());
      };

      const cancel = afterSetup(ctx, startPage);
      ctx.onNavigation((navigation) => isPageChange(navigation) && startPage());
      ctx.listen('scroll', (event) => {
        if (event.target === doc || event.target === root) sample(time.at(event));
      });
      ctx.listen('resize', measure, { target: 'window' });
      ctx.listen('pagehide', closeEpisode, { target: 'window' });
      const Observer = (win as Window & typeof globalThis).ResizeObserver;
      const observer = typeof Observer === 'function' ? new Observer(measure) : undefined;
      observer?.observe(root);
      return () => {
        cancel();
        observer?.disconnect();
      };
    },
  };
}
