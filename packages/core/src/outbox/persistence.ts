import { createStore, delMany, entries, setMany, type UseStore } from 'idb-keyval';
import type { SightlineEvent } from '../event/types';
import type { UnloadSpill } from './unload-spill';

/** Where the outbox keeps events so they survive reloads, crashes and offline periods. */
export interface OutboxPersistence {
  load(): Promise<SightlineEvent[]>;
  /** Keep an event; `json` is its `JSON.stringify`, when the caller has it already. */
  save(event: SightlineEvent, json?: string): void;
  delete(ids: readonly string[]): void;
  clear(): Promise<void>;
  /** The page is hidden and may be left: keep what is not yet committed where it survives. */
  hide?(): void;
  /** The page is visible again. */
  show?(): void;
}

export const memoryPersistence: OutboxPersistence = {
  load: async () => [],
  save: () => {},
  delete: () => {},
  clear: async () => {},
};

/**
 * A stored row as an event: this version stores each event as its JSON text (IndexedDB then
 * copies a string instead of cloning an object graph); earlier versions stored the object.
 */
export function storedEvent(value: unknown): SightlineEvent | undefined {
  try {
    const event = (typeof value === 'string' ? JSON.parse(value) : value) as SightlineEvent | null;
    return typeof event?.id === 'string' ? event : undefined;
  } catch {
    return undefined;
  }
}

/**
 * IndexedDB persistence through idb-keyval, one database per project, each event stored as its
 * JSON text. Writes made in the same task are coalesced into one transaction. If IndexedDB is
 * missing or fails (private mode, quota, hardened browsers), it reports once and turns into
 * memory-only persistence.
 */
export function createIndexedDbPersistence(
  projectKey: string,
  onFailure: (error: unknown) => void,
  spill?: UnloadSpill,
): OutboxPersistence {
  let store: UseStore | undefined;
  let failed = false;
  // Saved but not yet seen committed (as JSON): what a page left right now could lose.
  const unconfirmed = new Map<string, string>();
  let hidden = false;
  // Events as JSON; one taken back from the spill may still be the object (rows of both shapes load).
  let pendingSaves: Array<[string, string | SightlineEvent]> = [];
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
    if (live.length > 0) {
      setMany(live, target)
        .then(() => {
          for (const [id, json] of live) if (unconfirmed.get(id) === json) unconfirmed.delete(id);
        })
        .catch(fail);
    }
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
      // What the last page kept at unload goes back into IndexedDB; ids decide between copies.
      const spilled = spill?.take() ?? [];
      try {
        const rows = await entries<string, unknown>(target);
        const events = new Map(rows.map(([, value]) => storedEvent(value)).filter((event) => event !== undefined).map((event) => [event.id, event]));
        for (const event of spilled) {
          if (events.has(event.id)) continue;
          events.set(event.id, event);
          pendingSaves.push([event.id, event]);
        }
        if (pendingSaves.length > 0) schedule();
        return [...events.values()];
      } catch (error) {
        fail(error);
        return spilled;
      }
    },
    save(event, json = JSON.stringify(event)) {
      if (failed) return;
      pendingSaves.push([event.id, json]);
      unconfirmed.set(event.id, json);
      // Saved while the page is hidden (a plugin's last events): kept at once, it may not get a microtask.
      if (hidden) spill?.write(unconfirmed.values());
      schedule();
    },
    delete(ids) {
      if (failed || ids.length === 0) return;
      for (const id of ids) unconfirmed.delete(id);
      pendingDeletes.push(...ids);
      schedule();
    },
    hide() {
      hidden = true;
      if (!failed) spill?.write(unconfirmed.values());
    },
    show() {
      hidden = false;
      spill?.clear();
    },
    async clear() {
      pendingSaves = [];
      pendingDeletes = [];
      unconfirmed.clear();
      spill?.clear();
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
