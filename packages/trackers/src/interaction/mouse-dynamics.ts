import type { Plugin } from '@sightline/core';
import { createSessionTime } from '../collector/session-time';
import { isPageChange } from '../collector/page-samples';
import { createMouseFeatures, stepMouse, summarize } from './mouse-features';
import { createThrottle } from './throttle';

export interface MouseDynamicsOptions {
  /** A gap this long ends a stroke. Default 200 ms. */
  pauseMs?: number;
  /** Axis hysteresis for reversals (Clarity Distance). Default 20 px. */
  axisMinTravelPx?: number;
  /** At most one `mouse_features` summary per this many ms. Default 1000. */
  summaryMs?: number;
}

/**
 * §1.2 `mouse_dynamics`: a `move` sample per mouse move (same-position moves dropped), and a
 * `mouse_features` summary at most every second and at pagehide. Coordinates stay on the device:
 * only aggregates are sent.
 */
export function createMouseDynamicsTracker(options: MouseDynamicsOptions = {}): Plugin {
  const pauseMs = options.pauseMs ?? 200;
  const axisMinTravelPx = options.axisMinTravelPx ?? 20;
  return {
    name: 'sightline/mouse-dynamics@1',
    setup(ctx) {
      if (!ctx.env) return;
      const time = createSessionTime(ctx);
      let features = createMouseFeatures();
      const summary = createThrottle(ctx, options.summaryMs ?? 1000, () => {
        if (features.n > 0) ctx.emit({ type: 'mouse_features', props: summarize(features) });
      });
      ctx.listen<MouseEvent>('mousemove', (event) => {
        const x = event.clientX;
        const y = event.clientY;
        if (features.n > 0 && x === features.lastX && y === features.lastY) return;
        const t = time.at(event);
        ctx.sample({ kind: 'move', t, x, y, isTrusted: event.isTrusted === true });
        stepMouse(features, t, x, y, pauseMs, axisMinTravelPx);
        summary.request();
      });
      ctx.listen('pagehide', () => summary.flush(), { target: 'window' });
      ctx.onNavigation((navigation) => {
        if (!isPageChange(navigation)) return;
        summary.flush();
        features = createMouseFeatures();
      });
      return () => summary.cancel();
    },
  };
}
