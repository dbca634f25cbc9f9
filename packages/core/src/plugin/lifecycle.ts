import type { Clock, TimerHandle } from '../env/clock';
import type { ListenerHub } from '../hub/listener-hub';
import type { Plugin, PluginContext, Teardown } from './types';

/** Errors a plugin may raise from its callbacks before it is switched off. */
const MAX_PLUGIN_ERRORS = 5;

export type SharedContext = Omit<
  PluginContext,
  'listen' | 'onNavigation' | 'setTimeout' | 'clearTimeout' | 'onEvent' | 'onSample' | 'reportError' | 'onConsent' | 'onReset'
> & {
  hub: ListenerHub;
  subscribeEvents: PluginContext['onEvent'];
  subscribeSamples: PluginContext['onSample'];
  subscribeConsent: PluginContext['onConsent'];
  subscribeReset: PluginContext['onReset'];
  reportError(error: unknown, plugin: Plugin): void;
};

export interface RunningPlugin {
  readonly plugin: Plugin;
  stop(): void;
}

/**
 * Starts one plugin with a context of its own. Everything it subscribes to through the context
 * (DOM listeners, navigation, timers, streams) is recorded in a teardown bag, so stopping it
 * removes all of that even if its own teardown forgets something. A plugin whose callbacks keep
 * throwing is stopped; the rest of the SDK goes on.
 */
export function startPlugin(plugin: Plugin, shared: SharedContext, clock: Clock): RunningPlugin {
  const bag = new Set<() => void>();
  let teardown: Teardown | void;
  const timers = new Map<TimerHandle, () => void>();
  let errors = 0;
  let stopped = false;

  const track = (remove: () => void) => {
    if (stopped) {
      remove();
      return () => {};
    }
    const once = () => {
      if (!bag.delete(once)) return;
      remove();
    };
    bag.add(once);
    return once;
  };

  const fail = (error: unknown) => {
    shared.reportError(error, plugin);
    if (++errors >= MAX_PLUGIN_ERRORS) stop();
  };

  // One argument, not `...args`: these wrap every DOM event and sample a plugin gets, and a rest
  // parameter would allocate an array per call.
  const guard = <T>(fn: (value: T) => void) => (value: T) => {
    if (stopped) return;
    try {
      fn(value);
    } catch (error) {
      fail(error);
    }
  };

  const context: PluginContext = {
    config: shared.config,
    clock: shared.clock,
    env: shared.env,
    storage: shared.storage,
    logger: shared.logger,
    emit: shared.emit,
    sample: shared.sample,
    setScores: shared.setScores,
    consent: shared.consent,
    setAnonymousId: shared.setAnonymousId,
    reportError: (error) => shared.reportError(error, plugin),
    onConsent: (listener) => track(shared.subscribeConsent(guard(listener))),
    onReset: (listener) => track(shared.subscribeReset(guard(listener))),
    onEvent: (listener) => track(shared.subscribeEvents(guard(listener))),
    onSample: (listener) => track(shared.subscribeSamples(guard(listener))),
    listen: (type, handler, options) =>
      track(shared.hub.listen(type, guard(handler as (event: Event) => void), options?.target)),
    onNavigation: (handler) => track(shared.hub.onNavigation(guard(handler))),
    setTimeout(callback, ms) {
      const handle: TimerHandle = clock.setTimeout(() => {
        timers.get(handle)?.();
        guard(callback)(undefined);
      }, ms);
      const untrack = track(() => {
        clock.clearTimeout(handle);
        timers.delete(handle);
      });
      timers.set(handle, untrack);
      return handle;
    },
    clearTimeout: (handle) => {
      const untrack = timers.get(handle);
      if (untrack) untrack();
      else clock.clearTimeout(handle);
    },
  };

  function stop() {
    if (stopped) return;
    stopped = true;
    try {
      if (typeof teardown === 'function') teardown();
    } catch (error) {
      shared.reportError(error, plugin);
    }
    for (const remove of Array.from(bag)) remove();
    bag.clear();
  }

  try {
    teardown = plugin.setup?.(context);
  } catch (error) {
    shared.reportError(error, plugin);
    stop();
  }
  return { plugin, stop };
}
