import { createStore, keys } from 'idb-keyval';

/** Keys this project's outbox holds in IndexedDB right now. */
export async function persistedIds(projectKey: string): Promise<string[]> {
  return (await keys(createStore(`sightline-outbox-${projectKey}`, 'events'))) as string[];
}

export function storageKeys(): string[] {
  const all: string[] = [];
  for (const area of [localStorage, sessionStorage]) {
    for (let i = 0; i < area.length; i++) all.push(area.key(i)!);
  }
  return all;
}

/** Wait for real (not fake-clock) async work such as IndexedDB transactions. */
export const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

let counter = 0;
/** A project key per test, so IndexedDB and storage state never leak between tests. */
export const uniqueKey = () => `project-${Date.now()}-${++counter}`;
