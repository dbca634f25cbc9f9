import type { ClientSnapshot, Diagnostics, SightlineClient } from '@sightline/core';

/** The snapshot rendered before a client exists, on the server, and outside a provider. */
export const EMPTY_SNAPSHOT: ClientSnapshot = Object.freeze({
  consent: 'pending',
  sessionId: '',
  anonymousId: '',
  userId: undefined,
  scores: Object.freeze({}),
});

export const EMPTY_DIAGNOSTICS: Diagnostics = Object.freeze({ created: 0, delivered: 0, dropped: Object.freeze({}), pending: 0 });

/** What hooks get outside a provider: every call is a no-op. Immutable, so it can be shared. */
export const INERT_CLIENT: SightlineClient = Object.freeze({
  track: () => {},
  page: () => {},
  identify: () => {},
  reset: () => {},
  flush: () => Promise.resolve(),
  shutdown: () => Promise.resolve(),
  consent: () => EMPTY_SNAPSHOT.consent,
  subscribe: () => () => {},
  getSnapshot: () => EMPTY_SNAPSHOT,
  diagnostics: () => EMPTY_DIAGNOSTICS,
  reportDiagnostics: () => {},
});
