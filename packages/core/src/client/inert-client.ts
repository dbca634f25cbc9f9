import type { ConsentMode } from '../consent/consent';
import type { SightlineClient } from './types';

/**
 * A client whose every call is a safe no-op, frozen so it can be shared. `createClient` returns
 * one (consent `denied`) when its options are unusable; framework adapters use one (consent
 * `pending`) where no client exists yet: on the server, or outside a provider.
 */
export function createInertClient(consent: ConsentMode = 'denied'): SightlineClient {
  const snapshot = Object.freeze({ consent, sessionId: '', anonymousId: '', userId: undefined, scores: Object.freeze({}) });
  const diagnostics = Object.freeze({ created: 0, delivered: 0, dropped: Object.freeze({}), pending: 0 });
  return Object.freeze({
    track: () => {},
    page: () => {},
    identify: () => {},
    reset: () => {},
    flush: () => Promise.resolve(),
    shutdown: () => Promise.resolve(),
    consent: () => consent,
    subscribe: () => () => {},
    getSnapshot: () => snapshot,
    diagnostics: () => diagnostics,
    reportDiagnostics: () => {},
  });
}
