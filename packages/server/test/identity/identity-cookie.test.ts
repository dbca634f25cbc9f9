import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/http/build-app';
import { openTestApp, type TestApp } from '../helpers';

const PAGE_ID = '01920000-0000-7000-8000-000000000aaa';
const HELD_ID = '01920000-0000-7000-8000-000000000bbb';

let test: TestApp | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

/** The test app's store and keys behind an app configured with a CORS list and a cookie domain. */
async function appWithCors() {
  test = await openTestApp();
  const app = buildApp({ store: test.store, keys: test.keys, cors: { demo: ['https://shop.example'] }, identityCookie: { domain: 'shop.example' } });
  await app.ready();
  return app;
}

describe('the server-set identity cookie', () => {
  it('sets a first-party HttpOnly cookie with the page’s id, and keeps the one it set before', async () => {
    const app = await appWithCors();
    const first = await app.inject({ method: 'POST', url: '/v1/identity/cookie', headers: { 'x-sightline-key': test!.writeKey }, payload: { anonymousId: PAGE_ID } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ anonymousId: PAGE_ID });
    expect(first.headers['set-cookie']).toBe(`sl_aid=${PAGE_ID}; Path=/; Max-Age=31536000; HttpOnly; Secure; SameSite=Lax; Domain=shop.example`);

    // Script storage was purged (a new id on the page), but the server cookie survived.
    const returning = await app.inject({
      method: 'POST',
      url: '/v1/identity/cookie',
      headers: { 'x-sightline-key': test!.writeKey, cookie: `other=1; sl_aid=${HELD_ID}` },
      payload: { anonymousId: PAGE_ID },
    });
    expect(returning.json()).toEqual({ anonymousId: HELD_ID });

    // After a logout the page asks for its new id to replace the held one.
    const replaced = await app.inject({
      method: 'POST',
      url: '/v1/identity/cookie',
      headers: { 'x-sightline-key': test!.writeKey, cookie: `sl_aid=${HELD_ID}` },
      payload: { anonymousId: PAGE_ID, replace: true },
    });
    expect(replaced.json()).toEqual({ anonymousId: PAGE_ID });
    await app.close();
  });

  it('answers credentialed CORS only for listed origins', async () => {
    const app = await appWithCors();
    const listed = await app.inject({
      method: 'POST',
      url: '/v1/identity/cookie',
      headers: { 'x-sightline-key': test!.writeKey, origin: 'https://shop.example' },
      payload: { anonymousId: PAGE_ID },
    });
    expect(listed.headers['access-control-allow-origin']).toBe('https://shop.example');
    expect(listed.headers['access-control-allow-credentials']).toBe('true');
    const stranger = await app.inject({
      method: 'POST',
      url: '/v1/identity/cookie',
      headers: { 'x-sightline-key': test!.writeKey, origin: 'https://tracker.example' },
      payload: { anonymousId: PAGE_ID },
    });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.headers['set-cookie']).toBeUndefined();
    await app.close();
  });

  it('deletes the cookie, and refuses bad ids and bad keys', async () => {
    const app = await appWithCors();
    const deleted = await app.inject({ method: 'DELETE', url: '/v1/identity/cookie', headers: { 'x-sightline-key': test!.writeKey } });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.headers['set-cookie']).toMatch(/^sl_aid=; Path=\/; Max-Age=0; HttpOnly; Secure; SameSite=Lax/);
    const badId = await app.inject({ method: 'POST', url: '/v1/identity/cookie', headers: { 'x-sightline-key': test!.writeKey }, payload: { anonymousId: 'me' } });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error).toMatchObject({ code: 'SL_ERR_VALIDATION', field: '/anonymousId' });
    const readKey = await app.inject({ method: 'POST', url: '/v1/identity/cookie', headers: { 'x-sightline-key': test!.readKey }, payload: { anonymousId: PAGE_ID } });
    expect(readKey.statusCode).toBe(403);
    await app.close();
  });
});
