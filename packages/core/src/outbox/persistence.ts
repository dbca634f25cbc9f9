import { createStore, delMany, entries, setMany, type UseStore } from 'idb-keyval';
import type { SightlineEvent } from '../event/types';

/** Where the outbox keeps events so they survive reloads, crashes and offline periods. */
export interface OutboxPersistence {
  load(): Promise<SightlineEvent[]>;
  save(event: SightlineEvent): void;
  delete(ids: readonly string[]): void;
  clear(): Promise<void>;
}

export const memoryPersistence: OutboxPersistence = {
  load: async () => [],
  save: () => {},
  delete: () => {},
  clear: async () => {},
};

/**
 * IndexedDB persistence through idb-keyval, one database per project. Writes made in the same
 * task are coalesced into one transaction. If IndexedDB is missing or fails (private mode,
 * quota, hardened browsers), it reports once and turns into memory-only persistence.
 */
export function createIndexedDbPersistence(projectKey: string, onFailure: (error: unknown) => void): OutboxPersistence {
  let store: UseStore | undefined;
  let failed = false;
  let pendingSaves: Array<[string, SightlineEvent]> = [];
  let pendingDeletes: string[] = [];
  let scheduled = false;

  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    onFailure(error);
  };

  const open = (): UseStore | undefined => {
    if (failed) return undefined;
    try {
      if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
      store ??= createStore(`sightline-outbox-${projectKey}`, 'events');
      return store;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };

  const writeNow = () => {
    scheduled = false;
    const target = open();
    const saves = pendingSaves;
    const deletes = pendingDeletes;
    pendingSaves = [];
    pendingDeletes = [];
    if (!target) return;
    const deleted = new Set(deletes);
    const live = saves.filter(([id]) => !deleted.has(id));
    if (live.length > 0) setMany(live, target).catch(fail);
    if (deletes.length > 0) delMany(deletes, target).catch(fail);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(writeNow);
  };

  return {
    async load() {
      const target = open();
      if (!target) return [];
      try {
        const rows = await entries<string, SightlineEvent>(target);
        return rows.map(([, event]) => event).filter((event) => typeof event?.id === 'string');
      } catch (error) {
        fail(error);
        return [];
      }
    },
    save(event) {
      if (failed) return;
      pendingSaves.push([event.id, event]);
      schedule();
    },
    delete(ids) {
      if (failed || ids.length === 0) return;
      pendingDeletes.push(...ids);
      schedule();
    },
    async clear() {
      pendingSaves = [];
      pendingDeletes = [];
      const target = open();
      if (!target) return;
      try {
        const rows = await entries<string, unknown>(target);
        await delMany(rows.map(([key]) => key), target);
      } catch (error) {
        fail(error);
      }
    },
  };
}
