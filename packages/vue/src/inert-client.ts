import type { ClientSnapshot, Diagnostics, SightlineClient } from '@sightline/core';

/** The snapshot rendered on the server and without the plugin. */
export const EMPTY_SNAPSHOT: ClientSnapshot = Object.freeze({
  consent: 'pending',
  sessionId: '',
  anonymousId: '',
  userId: undefined,
  scores: Object.freeze({}),
});

export const EMPTY_DIAGNOSTICS: Diagnostics = Object.freeze({ created: 0, delivered: 0, dropped: Object.freeze({}), pending: 0 });

/** What composables get without the plugin (and on the server): every call is a no-op. Immutable, so it can be shared. */
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
