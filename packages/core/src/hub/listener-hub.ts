import type { Environment } from '../env/environment';
import type { HubTarget, Navigation } from '../plugin/types';
import { createEmitter } from '../util/emitter';
import { watchHistory } from './history-watch';

type Handler = (event: Event) => void;

interface Slot {
  handlers: Set<Handler>;
  listener: (event: Event) => void;
  target: EventTarget;
}

export interface ListenerHub {
  listen(type: string, handler: Handler, target?: HubTarget): () => void;
  onNavigation(handler: (navigation: Navigation) => void): () => void;
  /** DOM listeners the hub holds right now (one per event type and target). */
  readonly listenerCount: number;
  destroy(): void;
}

const LISTENER_OPTIONS: AddEventListenerOptions = { capture: true, passive: true };

/**
 * One passive, capture-phase DOM listener per event type and target, fanned out to every
 * subscriber. Plugins never add their own document listeners, so the cost per DOM event stays
 * one call however many trackers run, and teardown is a single place.
 */
export function createListenerHub(env: Environment | undefined, call: (handler: Handler, event: Event) => void): ListenerHub {
  const slots = new Map<string, Slot>();
  const navigation = createEmitter<Navigation>((handler, value) => call(handler as unknown as Handler, value as unknown as Event));
  let stopHistory: (() => void) | undefined;

  const listen = (type: string, handler: Handler, where: HubTarget = 'document'): (() => void) => {
    if (!env) return () => {};
    const key = `${where}:${type}`;
    let slot = slots.get(key);
    if (!slot) {
      const target: EventTarget = where === 'window' ? env.window : env.document;
      const handlers = new Set<Handler>();
      const listener = (event: Event) => {
        for (const each of Array.from(handlers)) call(each, event);
      };
      target.addEventListener(type, listener, LISTENER_OPTIONS);
      slot = { handlers, listener, target };
      slots.set(key, slot);
    }
    const current = slot;
    current.handlers.add(handler);
    return () => {
      if (!current.handlers.delete(handler) || current.handlers.size > 0) return;
      current.target.removeEventListener(type, current.listener, LISTENER_OPTIONS);
      slots.delete(key);
    };
  };

  return {
    listen,
    onNavigation(handler) {
      if (!env) return () => {};
      const unsubscribe = navigation.subscribe(handler);
      stopHistory ??= watchHistory(env, listen, (change) => navigation.emit(change));
      return () => {
        unsubscribe();
        if (navigation.size === 0 && stopHistory) {
          stopHistory();
          stopHistory = undefined;
        }
      };
    },
    get listenerCount() {
      return slots.size;
    },
    destroy() {
      navigation.clear();
      stopHistory?.();
      stopHistory = undefined;
      for (const [key, slot] of slots) {
        slot.target.removeEventListener(key.slice(key.indexOf(':') + 1), slot.listener, LISTENER_OPTIONS);
      }
      slots.clear();
    },
  };
}
