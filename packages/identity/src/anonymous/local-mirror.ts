import type { BrowserGlobals } from './browser';

export interface LocalMirror {
  read(): string | undefined;
  write(value: string): void;
  remove(): void;
}

/** The copy in localStorage. Every access is guarded: private modes and hardened browsers throw. */
export function createLocalMirror(globals: () => BrowserGlobals, key: string, onError: (error: unknown) => void): LocalMirror {
  const store = () => {
    try {
      return globals().window?.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    read() {
      try {
        return store()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        store()?.setItem(key, value);
      } catch (error) {
        onError(error);
      }
    },
    remove() {
      try {
        store()?.removeItem(key);
      } catch (error) {
        onError(error);
      }
    },
  };
}
