import type { SightlineEvent } from '@sightline/core';
import { anonymous, createIdentityGraph, observeEvent, user, type Resolution } from '@sightline/identity/resolver';
import type { EventStore } from '../store/event-store';

/** Event types that carry identity edges; every event with a user id does too, and identify has one. */
const IDENTITY_TYPES = ['identify', 'alias', 'reset', 'device_signal'] as const;
const PAGE = 5000;

export interface PersonQuery {
  anonymousId?: string;
  userId?: string;
  /** Let device signals merge anonymous ids (marked probabilistic). Default true. */
  probabilistic?: boolean;
}

/**
 * Resolves a visitor to one person id from the project's stored identity events, with the
 * resolver of `@sightline/identity`. The graph is rebuilt per request: simple and always current,
 * and fine for projects with up to a few hundred thousand identity events; a larger deployment
 * would keep it materialised.
 */
export async function resolvePerson(store: EventStore, projectId: string, query: PersonQuery): Promise<Resolution | undefined> {
  const graph = createIdentityGraph({ allowProbabilistic: query.probabilistic ?? true });
  const events: SightlineEvent[] = [];
  for (const type of IDENTITY_TYPES) {
    let after: string | undefined;
    for (;;) {
      const page = await store.listEvents(projectId, { type, limit: PAGE, ...(after && { after }) });
      events.push(...page);
      if (page.length < PAGE) break;
      after = page[page.length - 1]!.id;
    }
  }
  // Sightings are ordered by time: the resolver uses the order to spot ids that take turns on a device.
  events.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
  for (const event of events) observeEvent(graph, event);
  const node = query.userId ? user(query.userId) : anonymous(query.anonymousId ?? '');
  return graph.explain(node);
}
