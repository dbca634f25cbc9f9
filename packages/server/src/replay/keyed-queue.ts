/** Runs tasks one after the other per key; a task holding several keys waits for all of them. */
export interface KeyedQueue {
  run<T>(keys: readonly string[], task: () => Promise<T>): Promise<T>;
}

export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<void>>();
  return {
    run(keys, task) {
      const before = Promise.all(keys.map((key) => tails.get(key)));
      const result = before.then(task);
      const done = result.then(
        () => undefined,
        () => undefined,
      );
      for (const key of keys) {
        tails.set(key, done);
        // Forget a key once nothing waits on it, so the map holds only sessions in flight.
        void done.then(() => {
          if (tails.get(key) === done) tails.delete(key);
        });
      }
      return result;
    },
  };
}
