import type { Plugin } from '@sightline/core';

type NavigationType = 'navigate' | 'reload' | 'back_forward' | 'prerender';

/** A pageview when the page loads, and again when it comes back from the back/forward cache. */
export function createPageviewPlugin(): Plugin {
  return {
    name: 'sightline/pageview@1',
    setup(ctx) {
      if (!ctx.env) return;
      const { window: win } = ctx.env;
      let navType: NavigationType = 'navigate';
      try {
        const entry = win.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
        if (entry?.type) navType = entry.type as NavigationType;
      } catch {
        // Older browsers lack navigation timing; a plain load is the safe assumption.
      }
      ctx.emit({ type: 'pageview', props: { navigation: navType } });
      ctx.listen<PageTransitionEvent>('pageshow', (event) => {
        if (event.persisted) ctx.emit({ type: 'pageview', props: { navigation: 'back_forward_cache' } });
      }, { target: 'window' });
    },
  };
}
