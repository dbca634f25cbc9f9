import type { SightlineEvent } from '@sightline/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, createDuckDbStore } from '../src/index';
import { makeBatch, makeEvent, makeTempDir, openTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(async () => {
  await t.close();
});

const get = (url: string, headers: Record<string, string> = { 'x-sightline-key': t.readKey }) =>
  t.app.inject({ method: 'GET', url, headers });

const store = (events = [makeEvent(), makeEvent()]) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: { 'content-type': 'application/json', 'x-sightline-key': t.writeKey },
    payload: JSON.stringify(makeBatch(events)),
  });

describe('GET /v1/events', () => {
  it('filters by type and session and pages with after, in (ts, id) order', async () => {
    const sameTs = 1_770_000_000_000;
    const events = [
      makeEvent({ type: 'pageview', sessionId: 's-a' }),
      makeEvent({ type: 'click', sessionId: 's-a', ts: sameTs }),
      makeEvent({ type: 'click', sessionId: 's-b', ts: sameTs }),
      makeEvent({ type: 'click', sessionId: 's-a' }),
    ];
    // Sent out of order: the store, not the client, orders the answer.
    await store([3, 1, 0, 2].map((i) => events[i] as SightlineEvent));
    const expected = [...events].sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));

    expect((await get('/v1/events')).json().events).toEqual(expected);
    expect((await get('/v1/events?type=click')).json().events).toHaveLength(3);
    expect((await get('/v1/events?type=click&sessionId=s-a')).json().events).toEqual(
      expected.filter((e) => e.type === 'click' && e.sessionId === 's-a'),
    );

    const first = (await get('/v1/events?limit=2')).json().events;
    expect(first).toEqual(expected.slice(0, 2));
    const second = (await get(`/v1/events?limit=2&after=${first[1].id}`)).json().events;
    expect(second).toEqual(expected.slice(2, 4));
    expect((await get(`/v1/events?after=${second[1].id}`)).json().events).toEqual([]);
  });

  it('counts the project events', async () => {
    await store();
    const res = await get('/v1/events/count');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ count: 2 });
  });

  it('refuses bad query values with the field', async () => {
    for (const limit of ['0', '10001', 'abc', '1.5']) {
      const res = await get(`/v1/events?limit=${limit}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'SL_ERR_VALIDATION', field: '/limit' });
      expect(res.json().error.message).toMatch(/limit must be an integer from 1 to 10000/);
    }
    const unknownCursor = await get('/v1/events?after=nope');
    expect(unknownCursor.statusCode).toBe(400);
    expect(unknownCursor.json().error).toMatchObject({ code: 'SL_ERR_VALIDATION', field: '/after' });
  });

  it('needs a read key: a write key gets 403, none gets 401, and keys in the URL do not count', async () => {
    const wrong = await get('/v1/events', { 'x-sightline-key': t.writeKey });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('SL_ERR_WRONG_KEY_KIND');
    expect((await get('/v1/events/count', { authorization: `Bearer ${t.writeKey}` })).statusCode).toBe(403);
    const missing = await get('/v1/events', {});
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error.code).toBe('SL_ERR_MISSING_KEY');
    const inUrl = await get(`/v1/events?key=${t.readKey}`, {});
    expect(inUrl.statusCode).toBe(401);
    expect(inUrl.json().error.message).toMatch(/not accepted in the URL/);
    expect((await get('/v1/events', { authorization: `Bearer ${t.readKey}` })).statusCode).toBe(200);
  });

  it('sends no CORS headers on read routes', async () => {
    const res = await get('/v1/events', { 'x-sightline-key': t.readKey, origin: 'https://evil.example' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps projects apart', async () => {
    await store();
    const other = await t.keys.ensureProjectKeys('other');
    const res = await get('/v1/events/count', { 'x-sightline-key': other.readKey });
    expect(res.json()).toEqual({ count: 0 });
  });
});

describe('GET /health and unknown routes', () => {
  it('reports ok, then unavailable once the store is gone', async () => {
    const temp = await makeTempDir();
    const s = await createDuckDbStore({ path: `${temp.dir}/h.duckdb` });
    const app = buildApp({ store: s, keys: { resolve: async () => undefined } });
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok', store: 'ok' });
    await s.close();
    const down = await app.inject('/health');
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable', store: 'unreachable' });
    await app.close();
    await temp.remove();
  });

  it('answers 404 with a code', async () => {
    const res = await t.app.inject('/v2/nothing');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('SL_ERR_NOT_FOUND');
  });
});
