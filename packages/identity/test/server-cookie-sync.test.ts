import { describe, expect, it, vi } from 'vitest';
import { createServerCookieSync } from '../src/server-cookie/server-cookie-sync';

const ID = '0190a8f6-0c2e-7d6b-8e1f-3a4b5c6d7e8f';
const reply = (body: unknown, status = 200) => vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { status }));

describe('createServerCookieSync', () => {
  it('posts the current id with credentials and the write key, and returns the id the server holds', async () => {
    const fetch = reply({ anonymousId: ID });
    const sync = createServerCookieSync({ url: 'https://example.com/v1/identity/cookie', projectKey: 'pk', fetch });
    await expect(sync.sync('0190a8f6-0c2e-7d6b-8e1f-000000000000')).resolves.toBe(ID);
    const init = fetch.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('include');
    expect(init?.headers).toMatchObject({ 'x-sightline-key': 'pk', 'content-type': 'application/json' });
  });

  it('ignores answers that are not a UUID, and error statuses', async () => {
    for (const fetch of [reply({ anonymousId: '<b>' }), reply({ anonymousId: ID }, 403), reply(null)]) {
      await expect(createServerCookieSync({ url: 'https://x.test', projectKey: 'pk', fetch }).sync(ID)).resolves.toBeUndefined();
    }
  });

  it('asks the server to take the id sent after a logout, and to delete its cookie', async () => {
    const fetch = reply({ anonymousId: ID });
    const server = createServerCookieSync({ url: 'https://x.test/c', projectKey: 'pk', fetch });
    await server.sync(ID, true);
    await server.forget();
    expect(fetch.mock.calls[0]?.[1]?.body).toBe(JSON.stringify({ anonymousId: ID, replace: true }));
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ method: 'DELETE', credentials: 'include', keepalive: true });
  });
});
