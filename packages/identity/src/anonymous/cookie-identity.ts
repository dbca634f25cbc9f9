import type { IdentityProvider } from '../core-hooks';
import { currentGlobals, type BrowserGlobals } from './browser';
import { createCookieJar, type CookieAttributes } from './cookie-jar';
import { isAnonymousId } from './id-format';
import { createLocalMirror } from './local-mirror';

export interface CookieIdentityOptions {
  /** Cookie name, also the localStorage key of the mirror. Default `sl_aid`. */
  name?: string;
  /** Cookie domain for ids shared across subdomains, e.g. `example.com`. Default: the current host only. */
  domain?: string;
  /** Cookie lifetime. Default 365 days; it slides, since every page load writes the cookie again. */
  maxAgeDays?: number;
  /** Default `auto`: Secure on https pages. */
  secure?: boolean | 'auto';
  /** The page globals; default the current page, read at call time. */
  globals?: () => BrowserGlobals;
  onError?: (error: unknown) => void;
}

/** Two ids found for one browser: the one dropped, and the one kept. */
export interface AnonymousLink {
  previousId: string;
  anonymousId: string;
  reason: 'storage_conflict' | 'server_cookie';
}

export interface CookieIdentity extends IdentityProvider {
  /** The id last saved, if any. */
  current(): string | undefined;
  /** Links found by `load()` since the last call, so the plugin can send them as `alias` events. */
  takeLinks(): AnonymousLink[];
}

export const DEFAULT_COOKIE_NAME = 'sl_aid';
const DAY_SECONDS = 86_400;

/**
 * The anonymous id in a first-party cookie mirrored in localStorage. Either copy restores the
 * other: clearing cookies, or a browser purging script storage, loses the id only if both go.
 * `load()` only reads; writes happen in `save()`, which core calls only while consent is granted.
 */
export function createCookieIdentity(options: CookieIdentityOptions = {}): CookieIdentity {
  const name = options.name ?? DEFAULT_COOKIE_NAME;
  const globals = options.globals ?? currentGlobals;
  const onError = options.onError ?? (() => undefined);
  const maxAgeDays = typeof options.maxAgeDays === 'number' && options.maxAgeDays > 0 ? options.maxAgeDays : 365;
  const cookie = createCookieJar(globals, { domain: options.domain, secure: options.secure, maxAgeSeconds: maxAgeDays * DAY_SECONDS }, onError);
  const mirror = createLocalMirror(globals, name, onError);
  let current: string | undefined;
  let links: AnonymousLink[] = [];

  return {
    load() {
      const fromCookie = cookie.read(name);
      const fromStorage = mirror.read();
      const cookieId = isAnonymousId(fromCookie) ? fromCookie : undefined;
      const storageId = isAnonymousId(fromStorage) ? fromStorage : undefined;
      // The cookie wins: it may be shared by subdomains, and it is what the server sees.
      if (cookieId && storageId && cookieId !== storageId) {
        links.push({ previousId: storageId, anonymousId: cookieId, reason: 'storage_conflict' });
      }
      return cookieId ?? storageId;
    },
    save(id) {
      if (!isAnonymousId(id)) return;
      current = id;
      cookie.write(name, id);
      mirror.write(id);
    },
    clear() {
      current = undefined;
      cookie.remove(name);
      mirror.remove();
    },
    current: () => current,
    takeLinks() {
      const taken = links;
      links = [];
      return taken;
    },
  };
}
