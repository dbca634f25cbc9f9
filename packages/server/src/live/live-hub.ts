import type { SightlineEvent } from '@sightline/core';
import type { InsertResult } from '../store/event-store';
import { createRecentIds, type RecentIds } from './recent-ids';
import { type LiveFilter, matches } from './live-filter';

/** Receives the stored events of one project that pass its filter, one call per batch. */
export type LiveListener = (events: readonly SightlineEvent[]) => void;

export interface LiveHub {
  /** Called by ingest after the store committed `events`; publishes only the new ones. */
  publish(projectId: string, events: readonly SightlineEvent[], result: InsertResult): void;
  /** Returns the function that unsubscribes. */
  subscribe(projectId: string, filter: LiveFilter, listener: LiveListener): () => void;
  subscriberCount(): number;
  /** Projects with at least one subscriber. */
  projects(): string[];
}

// Enough to cover client retries of the last few seconds at thousands of events a second.
const RECENT_IDS_PER_PROJECT = 50_000;

interface Subscriber {
  filter: LiveFilter;
  listener: LiveListener;
}

/** In-process fan-out: each node streams what it ingested itself. */
export function createLiveHub(): LiveHub {
  const subscribers = new Map<string, Set<Subscriber>>();
  const recent = new Map<string, RecentIds>();

  function fresh(projectId: string, events: readonly SightlineEvent[], result: InsertResult): SightlineEvent[] {
    let ids = recent.get(projectId);
    if (!ids) recent.set(projectId, (ids = createRecentIds(RECENT_IDS_PER_PROJECT)));
    const seen = ids;
    const unique = events.filter((event) => seen.add(event.id));
    // All new: every unique id was stored. Mixed: the store did not say which; the recent ids decide.
    return result.accepted === 0 ? [] : unique;
  }

  return {
    publish(projectId, events, result) {
      const set = subscribers.get(projectId);
      if (!set || set.size === 0) return;
      const published = fresh(projectId, events, result);
      if (published.length === 0) return;
      for (const { filter, listener } of set) {
        const wanted = published.filter((event) => matches(filter, event));
        if (wanted.length > 0) listener(wanted);
      }
    },
    subscribe(projectId, filter, listener) {
      const subscriber = { filter, listener };
      let set = subscribers.get(projectId);
      if (!set) subscribers.set(projectId, (set = new Set()));
      set.add(subscriber);
      return () => {
        set.delete(subscriber);
        if (set.size === 0) subscribers.delete(projectId);
      };
    },
    subscriberCount: () => [...subscribers.values()].reduce((n, set) => n + set.size, 0),
    projects: () => [...subscribers.keys()],
  };
}
