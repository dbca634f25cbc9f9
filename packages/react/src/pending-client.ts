import type { ConsentMode, SightlineClient } from '@sightline/core';
import { EMPTY_DIAGNOSTICS, EMPTY_SNAPSHOT } from './inert-client';

/** Calls kept while the client does not exist yet; more are dropped (they would never be sent on the server). */
const MAX_QUEUED_CALLS = 100;

/** A client that buffers calls until the real one is attached, then forwards everything to it. */
export interface PendingClient extends SightlineClient {
  /** Forward to `client` from now on (replaying what was buffered), or detach with `undefined`. */
  attach(client: SightlineClient | undefined): void;
}

/**
 * The provider renders before its effect can create the client (and on the server it never
 * does). Children's effects run before the provider's, so their calls wait here instead of
 * being lost.
 */
export function createPendingClient(): PendingClient {
  let target: SightlineClient | undefined;
  let unsubscribe = () => {};
  let pendingConsent: ConsentMode | undefined;
  const queue: Array<(client: SightlineClient) => void> = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const call = (forward: (client: SightlineClient) => void) => {
    if (target) forward(target);
    else if (queue.length < MAX_QUEUED_CALLS) queue.push(forward);
  };
  return {
    track: (name, props) => call((client) => client.track(name, props)),
    page: (props) => call((client) => client.page(props)),
    identify: (userId, traits) => call((client) => client.identify(userId, traits)),
    reset: () => call((client) => client.reset()),
    flush: () => target?.flush() ?? Promise.resolve(),
    shutdown: () => target?.shutdown() ?? Promise.resolve(),
    consent(mode) {
      if (target) return target.consent(mode);
      if (mode !== undefined) {
        pendingConsent = mode;
        call((client) => client.consent(mode));
      }
      return pendingConsent ?? EMPTY_SNAPSHOT.consent;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => target?.getSnapshot() ?? EMPTY_SNAPSHOT,
    diagnostics: () => target?.diagnostics() ?? EMPTY_DIAGNOSTICS,
    reportDiagnostics: () => call((client) => client.reportDiagnostics()),
    attach(client) {
      unsubscribe();
      target = client;
      unsubscribe = client ? client.subscribe(notify) : () => {};
      if (client) for (const forward of queue.splice(0)) forward(client);
      notify();
    },
  };
}
