export type StorageArea = 'local' | 'session';

/**
 * Key-value storage scoped to one client (`sl:<projectKey>:` prefix). It writes to the
 * browser only while persistence is allowed (consent granted); before that, and whenever the
 * browser's storage throws (private mode, quota, hardened settings), values live in memory.
 */
export interface ScopedStorage {
  get(key: string, area?: StorageArea): string | null;
  set(key: string, value: string, area?: StorageArea): void;
  remove(key: string, area?: StorageArea): void;
}

export interface ManagedStorage extends ScopedStorage {
  /** Read what the browser holds for a key, even while writes are held back (after consent, a returning visitor's ids). */
  readStored(key: string, area?: StorageArea): string | null;
  /** Allow writes to the browser and copy what was kept in memory there. */
  enablePersistence(): void;
  /** Stop writing to the browser and delete every key this client wrote there. */
  disablePersistence(): void;
}

function browserArea(win: Window | undefined, area: StorageArea): Storage | undefined {
  try {
    return area === 'local' ? win?.localStorage : win?.sessionStorage;
  } catch {
    return undefined;
  }
}

export function createScopedStorage(
  win: Window | undefined,
  prefix: string,
  persist: boolean,
  onError: (error: unknown) => void,
): ManagedStorage {
  const memory = { local: new Map<string, string>(), session: new Map<string, string>() };
  let persistent = persist;
  const full = (key: string) => `${prefix}${key}`;

  const writeThrough = (area: StorageArea, key: string, value: string | null) => {
    const store = browserArea(win, area);
    if (!store) return;
    try {
      if (value === null) store.removeItem(full(key));
      else store.setItem(full(key), value);
    } catch (error) {
      onError(error);
    }
  };

  return {
    get(key, area = 'local') {
      const cached = memory[area].get(key);
      if (cached !== undefined || !persistent) return cached ?? null;
      try {
        const stored = browserArea(win, area)?.getItem(full(key)) ?? null;
        if (stored !== null) memory[area].set(key, stored);
        return stored;
      } catch {
        return null;
      }
    },
    set(key, value, area = 'local') {
      memory[area].set(key, value);
      if (persistent) writeThrough(area, key, value);
    },
    remove(key, area = 'local') {
      memory[area].delete(key);
      if (persistent) writeThrough(area, key, null);
    },
    readStored(key, area = 'local') {
      try {
        return browserArea(win, area)?.getItem(full(key)) ?? null;
      } catch {
        return null;
      }
    },
    enablePersistence() {
      if (persistent) return;
      persistent = true;
      for (const area of ['local', 'session'] as const) {
        for (const [key, value] of memory[area]) writeThrough(area, key, value);
      }
    },
    disablePersistence() {
      for (const area of ['local', 'session'] as const) {
        const store = browserArea(win, area);
        if (!store) continue;
        try {
          for (let i = store.length - 1; i >= 0; i--) {
            const key = store.key(i);
            if (key?.startsWith(prefix)) store.removeItem(key);
          }
        } catch (error) {
          onError(error);
        }
      }
      persistent = false;
    },
  };
}
