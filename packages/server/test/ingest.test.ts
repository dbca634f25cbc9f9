import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent, openTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(async () => {
  await t.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/v1/batch',
    headers: { 'content-type': 'application/json', 'x-sightline-key': t.writeKey, ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

const read = (query = '') =>
  t.app.inject({ method: 'GET', url: `/v1/events${query}`, headers: { 'x-sightline-key': t.readKey } });

describe('POST /v1/batch', () => {
  it('stores a batch and reads it back exactly as sent', async () => {
    // A pageview has no target or position: optional fields stay absent, not null.
    const click = makeEvent();
    const { target: _target, pos: _pos, ...pageview } = makeEvent({ type: 'pageview' });
    const events = [click, pageview, makeEvent({ userId: 'u-1', name: 'signup', props: {} })];
    const res = await post(makeBatch(events));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 3, duplicates: 0 });
    const back = await read();
    expect(back.statusCode).toBe(200);
    expect(back.json()).toEqual({ events });
    expect(JSON.stringify(back.json().events)).toBe(JSON.stringify(events));
  });

  it('counts re-sent events as duplicates and stores them once', async () => {
    const batch = makeBatch([makeEvent(), makeEvent(), makeEvent()]);
    expect((await post(batch)).json()).toEqual({ accepted: 3, duplicates: 0 });
    expect((await post(batch)).json()).toEqual({ accepted: 0, duplicates: 3 });
    expect(await t.count()).toBe(3);
  });

  it('counts a repeat inside one batch once', async () => {
    const a = makeEvent();
    const b = makeEvent();
    const res = await post(makeBatch([a, b, a, a]));
    expect(res.json()).toEqual({ accepted: 2, duplicates: 2 });
    expect(await t.count()).toBe(2);
    expect((await post(makeBatch([b, makeEvent()]))).json()).toEqual({ accepted: 1, duplicates: 1 });
  });

  it('accepts text/plain bodies as sendBeacon sends them', async () => {
    const res = await post(makeBatch([makeEvent()]), { 'content-type': 'text/plain;charset=UTF-8' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 1, duplicates: 0 });
  });

  it('accepts application/json with a charset', async () => {
    const res = await post(makeBatch([makeEvent()]), { 'content-type': 'application/json; charset=utf-8' });
    expect(res.statusCode).toBe(200);
  });

  it('takes the write key from ?key= and from Authorization: Bearer', async () => {
    const viaQuery = await t.app.inject({
      method: 'POST',
      url: `/v1/batch?key=${t.writeKey}`,
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(makeBatch([makeEvent()])),
    });
    expect(viaQuery.statusCode).toBe(200);
    const viaBearer = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.writeKey}` },
      payload: JSON.stringify(makeBatch([makeEvent()])),
    });
    expect(viaBearer.statusCode).toBe(200);
    expect(await t.count()).toBe(2);
  });

  it('answers the CORS preflight for any origin and adds CORS headers to the post', async () => {
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/v1/batch',
      headers: {
        origin: 'https://shop.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-sightline-key',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('POST, OPTIONS');
    expect(preflight.headers['access-control-allow-headers']).toBe(
      'content-type, x-sightline-key, x-sightline-project, content-encoding, authorization',
    );
    expect(Number(preflight.headers['access-control-max-age'])).toBeGreaterThan(0);
    const ok = await post(makeBatch([makeEvent()]), { origin: 'https://shop.example' });
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    const refused = await post(makeBatch([makeEvent()]), { 'x-sightline-key': 'sl_w_nope_nope_nope_nope' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
  });

  it('accepts a gzip body', async () => {
    const { gzipSync } = await import('node:zlib');
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/batch',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-sightline-key': t.writeKey },
      payload: gzipSync(JSON.stringify(makeBatch([makeEvent(), makeEvent()]))),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ accepted: 2, duplicates: 0 });
  });
});
