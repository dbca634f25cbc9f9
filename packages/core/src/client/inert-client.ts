import type { SightlineClient } from './types';

/** What `createClient` returns when its options are unusable: every call is a safe no-op. */
export function createInertClient(): SightlineClient {
  const snapshot = { consent: 'denied', sessionId: '', anonymousId: '', userId: undefined, scores: {} } as const;
  return {
    track: () => {},
    page: () => {},
    identify: () => {},
    reset: () => {},
    flush: () => Promise.resolve(),
    shutdown: () => Promise.resolve(),
    consent: () => 'denied',
    subscribe: () => () => {},
    getSnapshot: () => snapshot,
    diagnostics: () => ({ created: 0, delivered: 0, dropped: {}, pending: 0 }),
    reportDiagnostics: () => {},
  };
}
