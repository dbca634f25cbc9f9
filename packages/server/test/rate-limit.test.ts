import { afterEach, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/ops/rate-limiter';
import { buildApp } from '../src/index';
import { makeBatch, makeEvent, openTestApp, type TestApp } from './helpers';

describe('createRateLimiter', () => {
  it('allows a burst, then one request per refill interval, per key', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 2, burst: 3 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('a'))).toEqual([0, 0, 0]);
    expect(limiter.take('a')).toBe(500);
    expect(limiter.take('b')).toBe(0);
    now = 499;
    expect(limiter.take('a')).toBe(1);
    now = 500;
    expect(limiter.take('a')).toBe(0);
    now = 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 500]);
  });
});

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('per-key rate limiting', () => {
  it('answers 429 with Retry-After to the flooding key and leaves other keys alone', async () => {
    t = await openTestApp();
    await t.app.close();
    const app = buildApp({ store: t.store, keys: t.keys, rateLimit: { perSecond: 1, burst: 3 } });
    t.app = app;
    const { writeKey: otherKey } = await t.keys.ensureProjectKeys('other');
    const post = (key: string) =>
      app.inject({
        method: 'POST',
        url: '/v1/batch',
        headers: { 'content-type': 'application/json', 'x-sightline-key': key },
        payload: JSON.stringify(makeBatch([makeEvent()])),
      });
    const writeKey = t.writeKey;
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(writeKey)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await post(writeKey);
    expect(limited.json().error.code).toBe('SL_ERR_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.headers['access-control-expose-headers']).toBe('retry-after');
    for (let i = 0; i < 3; i++) expect((await post(otherKey)).statusCode).toBe(200);
    expect(await t.store.countEvents('demo')).toBe(3);
    const metrics = (await app.inject('/metrics')).body;
    expect(metrics).toContain('sightline_ingest_rejected_total{reason="rate_limited"} 3');
  });
});
