import { useCallback, useContext, useSyncExternalStore } from 'react';
import type { ClientSnapshot, Properties, SightlineClient } from '@sightline/core';
import { SightlineContext } from './context';
import { EMPTY_SNAPSHOT, INERT_CLIENT } from './inert-client';

/** The client of the nearest `SightlineProvider`; outside one, a client whose calls do nothing. */
export function useSightline(): SightlineClient {
  return useContext(SightlineContext) ?? INERT_CLIENT;
}

/** A stable `track(name, props)` bound to the provider's client. */
export function useTrack(): (name: string, props?: Properties) => void {
  const client = useSightline();
  return useCallback((name: string, props?: Properties) => client.track(name, props), [client]);
}

/** Re-renders when the selected part of the client's snapshot changes. */
function useSnapshotSelector<T>(select: (snapshot: ClientSnapshot) => T): T {
  const client = useSightline();
  const subscribe = useCallback((listener: () => void) => client.subscribe(listener), [client]);
  return useSyncExternalStore(
    subscribe,
    () => select(client.getSnapshot()),
    () => select(EMPTY_SNAPSHOT),
  );
}

/** The client's snapshot: consent, session id, anonymous id, user id and live scores. */
export function useSnapshot(): ClientSnapshot {
  return useSnapshotSelector((snapshot) => snapshot);
}

/** Every live score by model id (`engagement`, `frustration`, ...); `{}` until one is published. */
export function useScores(): Readonly<Record<string, number>> {
  return useSnapshotSelector((snapshot) => snapshot.scores);
}

/** One live score, or `undefined` until the scoring plugin publishes it. */
export function useScore(id: string): number | undefined {
  return useSnapshotSelector((snapshot) => snapshot.scores[id]);
}
