import type { Clock } from '../env/clock';
import type { Environment } from '../env/environment';

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/** How long a storage lease is trusted without renewal: a tab that died holding it frees it after this. */
export const LEASE_MS = 10_000;
/**
 * localStorage writes reach other tabs late, so every tab reads its own write back at first.
 * A tab waits this long (plus up to as much again, at random) for rival writes to arrive
 * before it trusts the lease.
 */
export const LEASE_SETTLE_MS = 100;

export type LockOutcome<T> = { ran: true; value: T } | { ran: false };

/**
 * Runs `task` while holding a lock shared by every tab of the origin, so one tab flushes at a
 * time. Web Locks where the browser has them; otherwise a lease in localStorage that the task
 * renews as it goes. When another tab holds the lease the task does not run and the caller
 * tries again later. The server de-duplicates, so a lost race costs a request, never an event.
 */
export async function withFlushLock<T>(
  env: Environment | undefined,
  name: string,
  owner: string,
  clock: Clock,
  task: (renew: () => void) => Promise<T>,
): Promise<LockOutcome<T>> {
  const locks = webLocks(env);
  if (locks) return locks.request(name, async () => ({ ran: true as const, value: await task(() => {}) }));
  const storage = localStorageOf(env);
  if (!storage) return { ran: true, value: await task(() => {}) };
  const lease = createLease(storage, name, owner, clock);
  if (!(await lease.acquire())) return { ran: false };
  try {
    return { ran: true, value: await task(lease.renew) };
  } finally {
    lease.release();
  }
}

function createLease(storage: Storage, name: string, owner: string, clock: Clock) {
  const read = (): { owner: string; until: number } | null => {
    try {
      return JSON.parse(storage.getItem(name) ?? 'null') as { owner: string; until: number } | null;
    } catch {
      return null;
    }
  };
  const write = () => {
    try {
      storage.setItem(name, JSON.stringify({ owner, until: clock.now() + LEASE_MS }));
      return true;
    } catch {
      return false;
    }
  };
  const settle = () => new Promise<void>((resolve) => clock.setTimeout(resolve, LEASE_SETTLE_MS * (1 + Math.random())));
  return {
    async acquire(): Promise<boolean> {
      const held = read();
      if (held && held.owner !== owner && held.until > clock.now()) return false;
      // Storage that refuses writes cannot coordinate tabs; sending anyway is safe.
      if (!write()) return true;
      await settle();
      return read()?.owner === owner;
    },
    renew() {
      if (read()?.owner === owner) write();
    },
    release() {
      try {
        if (read()?.owner === owner) storage.removeItem(name);
      } catch {
        // Nothing to release.
      }
    },
  };
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
