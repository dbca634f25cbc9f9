import { isAnonymousId } from '../anonymous/id-format';

export interface ServerCookieOptions {
  /** The reference server's route, served from the site itself: `https://example.com/sl/v1/identity/cookie`. */
  url: string;
  /** The project's write key, sent as `x-sightline-key`. */
  projectKey: string;
  fetch?: typeof fetch;
}

/**
 * Keeps the anonymous id in an HttpOnly cookie the server sets itself, which browsers do not
 * cap the way they cap script-written cookies.
 */
export interface ServerCookieSync {
  /**
   * Resolves to the id the server holds: the one sent, or an older one from its cookie when the
   * browser's own copies were lost. `replace` (after a logout) makes the server take the id sent.
   */
  sync(anonymousId: string, replace?: boolean): Promise<string | undefined>;
  /** Ask the server to delete its cookie (consent withdrawn). */
  forget(): Promise<void>;
}

export function createServerCookieSync(options: ServerCookieOptions): ServerCookieSync {
  const request = (method: 'POST' | 'DELETE', body?: unknown) => {
    const send = options.fetch ?? globalThis.fetch;
    if (typeof send !== 'function') return undefined;
    return send(options.url, {
      method,
      credentials: 'include',
      // The deletion must reach the server even when consent is withdrawn just before leaving.
      keepalive: method === 'DELETE',
      headers: { 'content-type': 'application/json', 'x-sightline-key': options.projectKey },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  };
  return {
    async sync(anonymousId, replace = false) {
      const response = await request('POST', replace ? { anonymousId, replace } : { anonymousId });
      if (!response?.ok) return undefined;
      const body = (await response.json()) as { anonymousId?: unknown } | null;
      return isAnonymousId(body?.anonymousId) ? body.anonymousId : undefined;
    },
    async forget() {
      await request('DELETE');
    },
  };
}
