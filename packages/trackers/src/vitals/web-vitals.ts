import type { Plugin } from '@sightline/core';

export interface WebVitalsOptions {
  /** Report every change rather than only final values. Default false. */
  reportAllChanges?: boolean;
}

/**
 * LCP, INP, CLS, FCP and TTFB from the `web-vitals` package, each as a `web_vital` event
 * `{ name, value, delta, rating, id }`. The package is loaded lazily, in its own chunk.
 * `web-vitals` has no unsubscribe: after teardown its observers stay, inert, until the page unloads.
 */
export function createWebVitalsPlugin(options: WebVitalsOptions = {}): Plugin {
  return {
    name: 'sightline/web-vitals@1',
    setup(ctx) {
      if (!ctx.env || typeof (ctx.env.window as Window & typeof globalThis).PerformanceObserver !== 'function') return;
      let stopped = false;
      import('web-vitals')
        .then((vitals) => {
          if (stopped) return;
          const report = (metric: { name: string; value: number; delta: number; rating: string; id: string }) => {
            if (stopped) return;
            const value = Math.round(metric.value * 1000) / 1000;
            const delta = Math.round(metric.delta * 1000) / 1000;
            ctx.emit({ type: 'web_vital', props: { name: metric.name, value, delta, rating: metric.rating, id: metric.id } });
          };
          const opts = { reportAllChanges: options.reportAllChanges === true };
          for (const on of [vitals.onLCP, vitals.onINP, vitals.onCLS, vitals.onFCP, vitals.onTTFB]) on(report, opts);
        })
        .catch((error: unknown) => ctx.reportError(error));
      return () => {
        stopped = true;
      };
    },
  };
}
