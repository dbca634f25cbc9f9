import type { SightlineEvent } from '../event/types';
import type { DiagnosticsCounter } from './diagnostics';
import { memoryPersistence, type OutboxPersistence } from './persistence';

export interface OutboxEntry {
  readonly event: SightlineEvent;
  /** Serialized size, counted against the caps and the request body limits. */
  readonly bytes: number;
  inFlight: boolean;
}

export interface OutboxLimits {
  maxEvents: number;
  maxBytes: number;
  maxEventBytes: number;
}

export interface Outbox {
  /** Keep an event until the transport says it was delivered. Drops are counted, never silent. */
  add(event: SightlineEvent): void;
  /** Mark and return the oldest entries not in flight, within the limits (at least one). */
  take(maxEvents: number, maxBytes: number): OutboxEntry[];
  /** Put entries back for a later attempt. */
  release(entries: readonly OutboxEntry[]): void;
  /** Forget entries for good (delivered, or dropped and counted by the caller). */
  remove(entries: readonly OutboxEntry[]): void;
  /** Load what earlier page loads left in persistence. */
  restore(): Promise<void>;
  /** Switch persistence (consent granted: IndexedDB; otherwise memory). Current entries are saved. */
  usePersistence(persistence: OutboxPersistence): void;
  /** Drop everything, in memory and persisted (consent revoked). Returns how many were dropped. */
  purge(): number;
  /** The page is hidden (and may be left) or visible again: persistence keeps its writes safe meanwhile. */
  hidden(isHidden: boolean): void;
  readonly size: number;
  readonly waiting: number;
}

/**
 * UTF-8 bytes of an event's JSON, without an encoder or a loop over every character: code units
 * up to 0x7ff take one byte more, the others two more.
 */
const utf8Length = (json: string) =>
  json.length + (json.match(/[\u0080-\u07ff]/g)?.length ?? 0) + 2 * (json.match(/[\u0800-\uffff]/g)?.length ?? 0);

export function createOutbox(limits: OutboxLimits, diagnostics: DiagnosticsCounter): Outbox {
  const entries = new Map<string, OutboxEntry>();
  let totalBytes = 0;
  let persistence: OutboxPersistence = memoryPersistence;

  const admit = (event: SightlineEvent, persist: boolean): boolean => {
    if (entries.has(event.id)) return false;
    const json = JSON.stringify(event);
    const bytes = utf8Length(json);
    if (bytes > limits.maxEventBytes) {
      diagnostics.dropped('too_large');
      return false;
    }
    if (entries.size >= limits.maxEvents || totalBytes + bytes > limits.maxBytes) {
      diagnostics.dropped('queue_full');
      return false;
    }
    entries.set(event.id, { event, bytes, inFlight: false });
    totalBytes += bytes;
    if (persist) persistence.save(event, json);
    return true;
  };

  const forget = (list: readonly OutboxEntry[]) => {
    const ids: string[] = [];
    for (const entry of list) {
      if (entries.delete(entry.event.id)) {
        totalBytes -= entry.bytes;
        ids.push(entry.event.id);
      }
    }
    persistence.delete(ids);
  };

  return {
    add: (event) => {
      admit(event, true);
    },
    take(maxEvents, maxBytes) {
      const taken: OutboxEntry[] = [];
      let bytes = 0;
      for (const entry of entries.values()) {
        if (entry.inFlight) continue;
        if (taken.length >= maxEvents || (taken.length > 0 && bytes + entry.bytes > maxBytes)) break;
        entry.inFlight = true;
        taken.push(entry);
        bytes += entry.bytes;
      }
      return taken;
    },
    release(list) {
      for (const entry of list) entry.inFlight = false;
    },
    remove: forget,
    async restore() {
      const stored = await persistence.load();
      stored.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
      // Events restored from persistence were counted as created by the page load that made them.
      for (const event of stored) admit(event, false);
    },
    usePersistence(next) {
      persistence = next;
      for (const entry of entries.values()) next.save(entry.event);
    },
    hidden(isHidden) {
      if (isHidden) persistence.hide?.();
      else persistence.show?.();
    },
    purge() {
      const count = entries.size;
      entries.clear();
      totalBytes = 0;
      void persistence.clear();
      return count;
    },
    get size() {
      return entries.size;
    },
    get waiting() {
      let count = 0;
      for (const entry of entries.values()) if (!entry.inFlight) count++;
      return count;
    },
  };
}
