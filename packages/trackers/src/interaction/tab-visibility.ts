import type { Plugin } from '@sightline/core';
import { createSessionTime } from '../collector/session-time';

export interface TabVisibilityOptions {
  /** A hidden span this long ends the session (§0). Default 1,800,000 ms. */
  sessionTimeoutMs?: number;
  /** Treat window blur as hidden. Default false. */
  pauseOnBlur?: boolean;
}

/**
 * §1.2 `tab_visibility`: `vis` samples on each real transition (visibilitychange, pageshow with
 * `persisted`, optionally blur/focus); signals `tab_hidden`, `tab_visible {hiddenMs}` and
 * `session_timeout` when the tab comes back after the session timeout.
 */
export function createTabVisibilityTracker(options: TabVisibilityOptions = {}): Plugin {
  const timeoutMs = options.sessionTimeoutMs ?? 1_800_000;
  return {
    name: 'sightline/tab-visibility@1',
    setup(ctx) {
      if (!ctx.env) return;
      const doc = ctx.env.document;
      const time = createSessionTime(ctx);
      let visible = doc.visibilityState !== 'hidden';
      let hiddenAt = visible ? -1 : time.now();

      const set = (next: boolean, t: number) => {
        if (next === visible) return;
        visible = next;
        ctx.sample({ kind: 'vis', t, state: next ? 'visible' : 'hidden' });
        if (!next) {
          hiddenAt = t;
          ctx.emit({ type: 'tab_hidden' });
          return;
        }
        const hiddenMs = hiddenAt >= 0 ? t - hiddenAt : 0;
        hiddenAt = -1;
        ctx.emit({ type: 'tab_visible', props: { hiddenMs } });
        if (hiddenMs >= timeoutMs) ctx.emit({ type: 'session_timeout', props: { hiddenMs } });
      };
      ctx.listen('visibilitychange', (event) => set(doc.visibilityState !== 'hidden', time.at(event)));
      ctx.listen<PageTransitionEvent>('pageshow', (event) => event.persisted && set(true, time.at(event)), { target: 'window' });
      if (options.pauseOnBlur) {
        // Element focus events reach a window capture listener too: only the window's own count.
        const isWindow = (event: Event) => (event.target as Node | null)?.nodeType === undefined;
        ctx.listen('blur', (event) => isWindow(event) && set(false, time.at(event)), { target: 'window' });
        ctx.listen('focus', (event) => isWindow(event) && set(true, time.at(event)), { target: 'window' });
      }
    },
  };
}
