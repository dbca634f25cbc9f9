import type { SightlineEvent } from '../event/types';

/**
 * IndexedDB writes started while a page is being left may never commit, and what the transport
 * could not send within the unload budget is then lost. While the page is hidden, the events
 * whose IndexedDB write has not been seen to commit are also kept in `localStorage`, which is
 * synchronous; the next page load takes them back. Capped, so the host page's own storage is
 * never crowded out: what does not fit is left to IndexedDB alone.
 */
export interface UnloadSpill {
  /** Keeps these events (or their JSON), replacing what was kept before (the oldest first, as many as fit). */
  write(events: Iterable<SightlineEvent | string>): void;
  /** The kept events, removing them. */
  take(): SightlineEvent[];
  clear(): void;
}

// About a fifth of the usual 5 MB a site gets, only while hidden, and emptied on the next load.
export const DEFAULT_SPILL_BYTES = 1024 * 1024;

export function createUnloadSpill(storage: Storage | undefined, projectKey: string, maxBytes = DEFAULT_SPILL_BYTES): UnloadSpill {
  const key = `sightline-outbox-spill-${projectKey}`;
  const attempt = (fn: (area: Storage) => void) => {
    if (!storage) return;
    try {
      fn(storage);
    } catch {
      // Storage full or blocked: IndexedDB is still trying.
    }
  };
  return {
    write(events) {
      const kept: string[] = [];
      let bytes = 2;
      for (const event of events) {
        const text = typeof event === 'string' ? event : JSON.stringify(event);
        // UTF-16 in storage: two bytes a character is what counts against the quota.
        if (bytes + (text.length + 1) * 2 > maxBytes) break;
        kept.push(text);
        bytes += (text.length + 1) * 2;
      }
      attempt((area) => (kept.length > 0 ? area.setItem(key, `[${kept.join(',')}]`) : area.removeItem(key)));
    },
    take() {
      let events: SightlineEvent[] = [];
      attempt((area) => {
        const text = area.getItem(key);
        area.removeItem(key);
        const parsed: unknown = text ? JSON.parse(text) : [];
        if (Array.isArray(parsed)) events = parsed.filter((event): event is SightlineEvent => typeof event?.id === 'string');
      });
      return events;
    },
    clear() {
      attempt((area) => area.removeItem(key));
    },
  };
}
