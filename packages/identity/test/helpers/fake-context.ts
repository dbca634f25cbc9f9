import { createFakeClock } from '@sightline/core/testing';
import { uuidv7, type ConsentMode, type EventInput, type ResolvedConfig, type ScopedStorage, type SightlineEvent } from '@sightline/core';
import type { IdentityPluginContext, IdentityProvider } from '../../src/core-hooks';
import { startCoreContract } from './core-contract';

function memoryStorage(): ScopedStorage {
  const areas = { local: new Map<string, string>(), session: new Map<string, string>() };
  return {
    get: (key, area = 'local') => areas[area].get(key) ?? null,
    set: (key, value, area = 'local') => void areas[area].set(key, value),
    remove: (key, area = 'local') => void areas[area].delete(key),
  };
}

/**
 * A plugin context with the proposed identity hooks, standing in for a core that has them:
 * provider calls follow the contract, events are enriched with the current ids.
 */
export function createHookedContext(consent: ConsentMode, provider: IdentityProvider = { load: () => undefined, save: () => undefined, clear: () => undefined }) {
  const clock = createFakeClock();
  const core = startCoreContract(provider, consent, () => clock.now());
  let mode = consent;
  let userId: string | undefined;
  let sessionId = 'session-1';
  const emitted: SightlineEvent[] = [];
  const errors: unknown[] = [];
  const eventListeners = new Set<(event: SightlineEvent) => void>();
  const consentListeners = new Set<(mode: ConsentMode) => void>();
  const resetListeners = new Set<(previous: string) => void>();
  const emit = (input: EventInput) => {
    const page = { url: 'https://www.example.com/', path: '/', title: '', referrer: '', viewport: { w: 1, h: 1 }, docHeight: 1 };
    const event: SightlineEvent = { v: 1, id: uuidv7(clock.now()), type: input.type, ts: clock.now(), sessionId, anonymousId: core.anonymousId(), userId, page, props: input.props };
    emitted.push(event);
    for (const listener of [...eventListeners]) listener(event);
  };
  const context: IdentityPluginContext = {
    config: { projectKey: 'project-key' } as ResolvedConfig,
    clock,
    env: undefined,
    storage: memoryStorage(),
    logger: { debug: () => undefined, warn: () => undefined } as unknown as IdentityPluginContext['logger'],
    emit,
    sample: () => undefined,
    onEvent: (listener) => (eventListeners.add(listener), () => void eventListeners.delete(listener)),
    onSample: () => () => undefined,
    listen: () => () => undefined,
    onNavigation: () => () => undefined,
    setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
    clearTimeout: (handle) => clock.clearTimeout(handle),
    setScores: () => undefined,
    reportError: (error) => void errors.push(error),
    consent: () => mode,
    onConsent: (listener) => (consentListeners.add(listener), () => void consentListeners.delete(listener)),
    onReset: (listener) => (resetListeners.add(listener), () => void resetListeners.delete(listener)),
    setAnonymousId: (id) => core.setAnonymousId(id),
  };
  return {
    context,
    emitted,
    errors,
    anonymousId: core.anonymousId,
    setConsent(next: ConsentMode) {
      mode = next;
      core.consent(next);
      for (const listener of [...consentListeners]) listener(next);
    },
    identify(id: string) {
      userId = id;
      emit({ type: 'identify' });
    },
    reset() {
      const previous = core.anonymousId();
      userId = undefined;
      core.reset();
      for (const listener of [...resetListeners]) listener(previous);
    },
    newSession: (id: string) => (sessionId = id),
    listenerCount: () => eventListeners.size + consentListeners.size + resetListeners.size,
  };
}
