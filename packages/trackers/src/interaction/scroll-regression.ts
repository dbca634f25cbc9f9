import type { Plugin } from '@sightline/core';
import { afterSetup, createSessionTime } from '../collector/session-time';
import { isPageChange } from '../collector/page-samples';
import { AXIS_REVERSED, createScrollEpisode, scrollDepthPct, stepScrollEpisode } from '@sightline/core/signals';

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
      let scroll = createScrollEpisode();
      let reached = 0;

      const report = (upPx: number) => {
        if (upPx >= 0) ctx.emit({ type: 'scroll_regression', props: { upPx: Math.round(upPx) } });
      };
      const closeEpisode = () => {
        report(scroll.episodeUp);
        scroll.episodeUp = -1;
      };
      const sample = (t: number) => {
        const y = Math.max(0, win.scrollY);
        ctx.sample({ kind: 'scroll', t, y, H, D });
        const depth = scrollDepthPct(y, H, D);
        for (; reached < milestones.length && depth >= milestones[reached]!; reached++) {
          ctx.emit({ type: 'scroll_depth', props: { milestone: milestones[reached]!, depthPct: depth } });
        }
        const upPx = scroll.episodeUp;
        // The first confirmed direction of a page view is not a reversal.
        if (stepScrollEpisode(scroll, y, minSegment) !== AXIS_REVERSED) return;
        const dir = scroll.axis.confirmed;
        ctx.emit({ type: 'scroll_reversal', props: { dir } });
        // A down reversal ended the episode: report its up travel.
        if (dir === 1) report(upPx);
      };
      const startPage = () => {
        closeEpisode();
        scroll = createScrollEpisode();
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
