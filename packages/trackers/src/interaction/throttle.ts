import type { PluginContext, TimerHandle } from '@sightline/core';

export interface Throttle {
  /** Ask for a run: at most one per `ms`, trailing. */
  request(): void;
  /** Run now if a run is waiting (page hide). */
  flush(): void;
  cancel(): void;
}

/** A trailing throttle on the plugin's timers, with `cancel()` for teardown. */
export function createThrottle(ctx: PluginContext, ms: number, run: () => void): Throttle {
  let timer: TimerHandle | undefined;
  const fire = () => {
    timer = undefined;
    run();
  };
  return {
    request() {
      if (timer === undefined) timer = ctx.setTimeout(fire, ms);
    },
    flush() {
      if (timer === undefined) return;
      ctx.clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== undefined) ctx.clearTimeout(timer);
      timer = undefined;
    },
  };
}
