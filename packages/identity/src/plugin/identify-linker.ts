import type { EventInput, ScopedStorage, SightlineEvent } from '@sightline/core';
import { aliasEvent } from './alias-event';

const LINKED_KEY = 'identity:linked';

/**
 * Watches `identify` events and sends one `alias` per new (anonymous id, user id) pair. Apps call
 * `identify` on every page load, so the last pair is remembered in the client's storage.
 */
export function createIdentifyLinker(storage: ScopedStorage, emit: (input: EventInput) => void): (event: SightlineEvent) => void {
  return (event) => {
    if (event.type !== 'identify' || !event.userId) return;
    const pair = `${event.anonymousId}|${event.userId}`;
    if (storage.get(LINKED_KEY) === pair) return;
    storage.set(LINKED_KEY, pair);
    emit(aliasEvent({ previousId: event.anonymousId, userId: event.userId, reason: 'identify' }));
  };
}
