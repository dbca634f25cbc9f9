import type { PluginContext } from '@sightline/core';

/** Converts DOM event times to the spec's `t` (§0 Time): integer ms, 0 = the session's first page load. */
export interface SessionTime {
  /** `t` of a DOM event, from its `timeStamp`. */
  at(event: Event): number;
  /** `t` now. */
  now(): number;
}

const ORIGIN_KEY = 'origin';

/**
 * The origin is the epoch ms of the first page load of this tab session, kept in session
 * storage; later pages add their own `timeOrigin` offset, so `t` keeps growing across pages.
 */
export function createSessionTime(ctx: PluginContext): SessionTime {
  const perf = ctx.env?.window.performance;
  const timeOrigin = perf?.timeOrigin ?? ctx.clock.now();
  const stored = Number(ctx.storage.get(ORIGIN_KEY, 'session'));
  const origin = Number.isFinite(stored) && stored > 0 && stored <= timeOrigin ? stored : timeOrigin;
  if (origin === timeOrigin) ctx.storage.set(ORIGIN_KEY, String(origin), 'session');
  const offset = timeOrigin - origin;
  const perfNow = () => (perf ? perf.now() : ctx.clock.now() - timeOrigin);
  const now = () => Math.round(offset + perfNow());
  return {
    now,
    at: (event) => (event.timeStamp > 0 ? Math.round(offset + event.timeStamp) : now()),
  };
}

/**
 * Runs `fn` once every plugin of the client is set up (a microtask, not a timer), so initial
 * samples reach consumers started after this plugin. Skipped if the plugin stopped meanwhile.
 */
export function afterSetup(ctx: PluginContext, fn: () => void): () => void {
  let cancelled = false;
  queueMicrotask(() => {
    if (cancelled) return;
    try {
      fn();
    } catch (error) {
      ctx.reportError(error);
    }
  });
  return () => {
    cancelled = true;
  };
}
