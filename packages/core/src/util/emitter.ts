/** A set of listeners. `emit` calls each through `call`, so one failing listener cannot stop the rest. */
export interface Emitter<T> {
  subscribe(listener: (value: T) => void): () => void;
  emit(value: T): void;
  readonly size: number;
  clear(): void;
}

export function createEmitter<T>(call: (listener: (value: T) => void, value: T) => void): Emitter<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    emit(value) {
      if (listeners.size === 0) return;
      for (const listener of Array.from(listeners)) call(listener, value);
    },
    get size() {
      return listeners.size;
    },
    clear() {
      listeners.clear();
    },
  };
}
