import { computed, getCurrentScope, hasInjectionContext, inject, onScopeDispose, shallowRef, toValue } from 'vue';
import type { ComputedRef, MaybeRefOrGetter, ShallowRef } from 'vue';
import type { ClientSnapshot, Properties, SightlineClient } from '@sightline/core';
import { INERT_CLIENT } from './inert-client';
import { SIGHTLINE_CLIENT } from './injection-key';

/** The app's client (from `SightlinePlugin`); without the plugin, a client whose calls do nothing. */
export function useSightline(): SightlineClient {
  return hasInjectionContext() ? inject(SIGHTLINE_CLIENT, INERT_CLIENT) : INERT_CLIENT;
}

/** `track(name, props)` bound to the app's client. */
export function useTrack(): (name: string, props?: Properties) => void {
  const client = useSightline();
  return (name, props) => client.track(name, props);
}

/**
 * The client's snapshot (consent, ids, live scores) as a ref that follows every change. The
 * subscription ends with the component or effect scope (`onScopeDispose`).
 */
export function useSnapshot(): Readonly<ShallowRef<ClientSnapshot>> {
  const client = useSightline();
  const snapshot = shallowRef(client.getSnapshot());
  if (typeof window === 'undefined') return snapshot;
  const unsubscribe = client.subscribe(() => {
    snapshot.value = client.getSnapshot();
  });
  if (getCurrentScope()) onScopeDispose(unsubscribe);
  return snapshot;
}

/** Every live score by model id (`engagement`, `frustration`, ...); `{}` until one is published. */
export function useScores(): ComputedRef<Readonly<Record<string, number>>> {
  const snapshot = useSnapshot();
  return computed(() => snapshot.value.scores);
}

/** One live score (the id may be a ref or getter), `undefined` until the scoring plugin publishes it. */
export function useScore(id: MaybeRefOrGetter<string>): ComputedRef<number | undefined> {
  const snapshot = useSnapshot();
  return computed(() => snapshot.value.scores[toValue(id)]);
}
