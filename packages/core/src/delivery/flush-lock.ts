import type { Environment } from '../env/environment';

type LockManager = { request<T>(name: string, callback: () => Promise<T>): Promise<T> };

/**
 * Runs `task` while holding a lock shared by every tab of the origin (Web Locks), so one tab
 * flushes at a time. Without Web Locks it just runs the task.
 */
export function withFlushLock<T>(env: Environment | undefined, name: string, task: () => Promise<T>): Promise<T> {
  let locks: LockManager | undefined;
  try {
    locks = (env?.navigator as { locks?: LockManager } | undefined)?.locks;
  } catch {
    locks = undefined;
  }
  if (!locks || typeof locks.request !== 'function') return task();
  return locks.request(name, task);
}
