import type { PluginContext } from '@sightline/core';

export interface PageWatchHandlers {
  /** The page was hidden or is being left. */
  onHide(): void;
  /** The visitor did something (pointer, key, scroll, touch). */
  onActivity(): void;
  /** A script error or an unhandled rejection. */
  onError(): void;
}

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'scroll', 'touchstart'] as const;

/** Subscribes through the shared listener hub; returns the function that unsubscribes all of it. */
export function createPageWatch(context: PluginContext, handlers: PageWatchHandlers): () => void {
  let hidden = false;
  const hide = () => {
    if (hidden) return;
    hidden = true;
    handlers.onHide();
  };
  const offs = [
    context.listen('visibilitychange', () => {
      if (context.env?.document.visibilityState === 'hidden') hide();
      else hidden = false;
    }),
    context.listen('pagehide', hide, { target: 'window' }),
    context.listen<ErrorEvent>('error', (event) => {
      // Resource load errors reach window listeners in the capture phase too; only script errors count.
      if (typeof event.message === 'string' && event.message !== '') handlers.onError();
    }, { target: 'window' }),
    context.listen('unhandledrejection', handlers.onError, { target: 'window' }),
    ...ACTIVITY.map((type) => context.listen(type, handlers.onActivity)),
  ];
  return () => {
    for (const off of offs) off();
  };
}
