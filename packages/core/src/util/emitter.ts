/** A set of listeners. `emit` calls each through `call`, so one failing listener cannot stop the rest. */
export interface Emitter<T> {
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  readonly size: number;
  clear(): void;
}

export function createEmitter<T>(call: (listener: (value: T) => void, value: T) => void): Emitter<T> {
  const listeners = new Set<(value: T) => void>();
  // The listeners as an array, made again only after a change: emit runs per sample, subscribe rarely.
  // A listener added or removed during an emit takes effect from the next one, as with a copy per emit.
  let snapshot: Array<(value: T) => void> | undefined;
  return {
    subscribe(listener) {
      listeners.add(listener);
      snapshot = undefined;
      return () => {
        if (listeners.delete(listener)) snapshot = undefined;
      };
    },
    emit(value) {
      if (listeners.size === 0) return;
      const current = (snapshot ??= Array.from(listeners));
      for (let i = 0; i < current.length; i++) call(current[i]!, value);
    },
    get size() {
      return listeners.size;
    },
    clear() {
      listeners.clear();
      snapshot = undefined;
    },
  };
}
