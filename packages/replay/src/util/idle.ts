import type { PluginContext } from '@sightline/core';

export interface IdleScheduler {
  schedule(callback: () => void): void;
  cancel(): void;
}

type IdleWindow = {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs work when the page is idle (`requestIdleCallback`, at most `timeoutMs` late), or in a
 * zero-delay timer where there is none. Everything scheduled can be cancelled at teardown.
 */
export function createIdleScheduler(context: PluginContext, timeoutMs = 2_000): IdleScheduler {
  const win = context.env?.window as unknown as IdleWindow | undefined;
  const idle = new Set<number>();
  const timers = new Set<unknown>();
  return {
    schedule(callback) {
      if (win?.requestIdleCallback && win.cancelIdleCallback) {
        const handle: number = win.requestIdleCallback(() => {
          idle.delete(handle);
          callback();
        }, { timeout: timeoutMs });
        idle.add(handle);
        return;
      }
      const handle = context.setTimeout(() => {
        timers.delete(handle);
        callback();
      }, 0);
      timers.add(handle);
    },
    cancel() {
      for (const handle of idle) win?.cancelIdleCallback?.(handle);
      for (const handle of timers) context.clearTimeout(handle);
      idle.clear();
      timers.clear();
    },
  };
}
