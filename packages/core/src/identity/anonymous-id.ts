import type { IdentityProvider } from './provider';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AnonymousId {
  readonly current: string;
  /** Persisting became allowed: a stored id (a returning visitor) replaces the one made in memory. */
  persist(): { previous: string; current: string };
  /** Persisting stopped: forget what was stored. */
  forget(): void;
  /** A new id (`client.reset()`); returns the one it replaced. */
  renew(persisting: boolean): string;
  /** Use a given id from now on (the server cookie knew this visitor); false when it is not a UUID. */
  adopt(id: string, persisting: boolean): boolean;
}

/** The visitor's anonymous id and where it is kept. */
export function createAnonymousId(provider: IdentityProvider, newId: () => string, report: (error: unknown) => void, persisting: boolean): AnonymousId {
  const call = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      report(error);
      return undefined;
    }
  };
  const valid = (id: unknown): id is string => typeof id === 'string' && UUID.test(id);
  let current = persisting ? (call(() => provider.load()) ?? '') : '';
  if (!valid(current)) current = newId();
  if (persisting) call(() => provider.save(current));

  return {
    get current() {
      return current;
    },
    persist() {
      const previous = current;
      const stored = call(() => provider.load());
      if (valid(stored)) current = stored;
      call(() => provider.save(current));
      return { previous, current };
    },
    forget() {
      call(() => provider.clear());
    },
    renew(persist) {
      const previous = current;
      current = newId();
      if (persist) call(() => provider.save(current));
      return previous;
    },
    adopt(id, persist) {
      if (!valid(id)) return false;
      current = id;
      if (persist) call(() => provider.save(current));
      return true;
    },
  };
}
