import type { BrowserGlobals } from './browser';

export interface CookieAttributes {
  /** Share the cookie across subdomains (`example.com` covers `www.` and `app.`). */
  domain?: string;
  maxAgeSeconds: number;
  /** `auto` (default): Secure whenever the page is served over https. */
  secure?: boolean | 'auto';
}

export interface CookieJar {
  read(name: string): string | undefined;
  write(name: string, value: string): void;
  remove(name: string): void;
}

/** `Set-Cookie`-style attribute string for a script-written cookie. SameSite=Lax: sent on top-level navigation, never cross-site. */
export function cookieAttributes(attributes: CookieAttributes, protocol: string | undefined, maxAge = attributes.maxAgeSeconds): string {
  const secure = attributes.secure === 'auto' || attributes.secure === undefined ? protocol === 'https:' : attributes.secure;
  let out = `; Path=/; Max-Age=${Math.max(0, Math.floor(maxAge))}`;
  // Expires in the past as well: some cookie stores ignore Max-Age=0.
  if (maxAge <= 0) out += '; Expires=Thu, 01 Jan 1970 00:00:00 GMT';
  out += '; SameSite=Lax';
  if (attributes.domain) out += `; Domain=${attributes.domain}`;
  if (secure) out += '; Secure';
  return out;
}

export function createCookieJar(globals: () => BrowserGlobals, attributes: CookieAttributes, onError: (error: unknown) => void): CookieJar {
  const protocol = () => {
    try {
      return globals().window?.location.protocol;
    } catch {
      return undefined;
    }
  };
  const set = (cookie: string) => {
    try {
      const doc = globals().document;
      if (doc) doc.cookie = cookie;
    } catch (error) {
      onError(error);
    }
  };
  return {
    read(name) {
      try {
        const all = globals().document?.cookie ?? '';
        for (const part of all.split(';')) {
          const at = part.indexOf('=');
          if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
        }
      } catch {
        // Cookies disabled or blocked: behave as if there were none.
      }
      return undefined;
    },
    write(name, value) {
      set(`${name}=${encodeURIComponent(value)}${cookieAttributes(attributes, protocol())}`);
    },
    remove(name) {
      set(`${name}=${cookieAttributes(attributes, protocol(), 0)}`);
    },
  };
}
