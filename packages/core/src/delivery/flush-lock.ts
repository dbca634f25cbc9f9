import type { Environment } from '../env/environment';

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** How long a storage lease is trusted without renewal: a tab that died holding it frees it after this. */
export const LEASE_MS = 10_000;

export type LockOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `task` while holding a lock shared by every tab of the origin, so one tab flushes at a
 * time. Web Locks where the browser has them; otherwise a lease in localStorage (best effort:
 * two tabs racing on the same millisecond may both win, and the server de-duplicates). When
 * another tab holds the lease the task does not run and the caller tries again later.
 */
export async function withFlushLock<T>(env: Environment | undefined, name: string, owner: string, now: () => number, task: () => Promise<T>): Promise<LockOutcome<T>> {
  const locks = webLocks(env);
  if (locks) return locks.request(name, async () => ({ ran: true as const, value: await task() }));
  const storage = localStorageOf(env);
  if (!storage) return { ran: true, value: await task() };
  if (!acquireLease(storage, name, owner, now())) return { ran: false };
  try {
    return { ran: true, value: await task() };
  } finally {
    releaseLease(storage, name, owner);
  }
}

function webLocks(env: Environment | undefined): LockManager | undefined {
  try {
    const locks = (env?.navigator as { locks?: LockManager } | undefined)?.locks;
    return locks && typeof locks.request === 'function' ? locks : undefined;
  } catch {
    return undefined;
  }
}

function localStorageOf(env: Environment | undefined): Storage | undefined {
  try {
    return env?.window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function acquireLease(storage: Storage, name: string, owner: string, now: number): boolean {
  try {
    const held = JSON.parse(storage.getItem(name) ?? 'null') as { owner: string; until: number } | null;
    if (held && held.owner !== owner && held.until > now) return false;
    storage.setItem(name, JSON.stringify({ owner, until: now + LEASE_MS }));
    return (JSON.parse(storage.getItem(name) ?? 'null') as { owner?: string } | null)?.owner === owner;
  } catch {
    // Storage that throws cannot coordinate tabs; sending anyway is safe because the server de-duplicates.
    return true;
  }
}

function releaseLease(storage: Storage, name: string, owner: string): void {
  try {
    const held = JSON.parse(storage.getItem(name) ?? 'null') as { owner: string } | null;
    if (held?.owner === owner) storage.removeItem(name);
  } catch {
    // Nothing to release.
  }
}
