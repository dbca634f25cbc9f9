import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKey } from '../src/keys/create-key';
import { makeBatch, makeEvent, openTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(async () => {
  await t.close();
});

const post = (key: string, headers: Record<string, string> = {}, url = '/v1/batch') =>
  t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', 'x-sightline-key': key, ...headers },
    payload: JSON.stringify(makeBatch([makeEvent()])),
  });

describe('key rules on ingest', () => {
  it('refuses a read key: read keys never work on ingest', async () => {
    const res = await post(t.readKey);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('SL_ERR_WRONG_KEY_KIND');
    expect(await t.count()).toBe(0);
  });

  it('writes only the project of the key, and refuses it for another project', async () => {
    const { writeKey: shopKey } = await t.keys.ensureProjectKeys('shop');
    expect((await post(shopKey)).statusCode).toBe(200);
    expect(await t.store.countEvents('shop')).toBe(1);
    expect(await t.count()).toBe(0);
    for (const res of [await post(shopKey, { 'x-sightline-project': 'demo' }), await post(shopKey, {}, '/v1/batch?project=demo')]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'SL_ERR_INVALID_KEY', message: 'the key is not a key of project "demo"' });
    }
    expect((await post(t.writeKey, { 'x-sightline-project': 'demo' })).statusCode).toBe(200);
    expect(await t.count()).toBe(1);
  });

  it('refuses a revoked key, while a newly created key of the project works', async () => {
    const fresh = await createKey(t.store.keys, 'demo', 'write');
    expect((await post(t.writeKey)).statusCode).toBe(200);
    await t.keys.revoke(t.writeKey);
    const res = await post(t.writeKey);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SL_ERR_INVALID_KEY');
    expect((await post(fresh.key)).statusCode).toBe(200);
    expect(await t.count()).toBe(2);
  });

  it('refuses malformed keys with 401 and stores nothing', async () => {
    for (const key of ['x', 'sl_w_'.padEnd(200, 'a'), 'sl_w_ünïcødé_key_000', 'sl_w_with space_00000', t.readKey.toUpperCase()]) {
      const res = await post(key);
      expect(res.statusCode, key).toBe(401);
    }
    expect(await t.count()).toBe(0);
  });
});

describe('the key cache', () => {
  it('sees a key revoked or created elsewhere (CLI, another node) once the TTL has passed', async () => {
    const { createKeyRing } = await import('../src/index');
    let now = 1_000_000;
    const ring = createKeyRing(t.store.keys, () => now, 30_000);
    expect(await ring.resolve(t.writeKey)).toBeDefined();
    const made = '0123456789abcdefghij';
    expect(await ring.resolve(made)).toBeUndefined();
    await t.store.keys.setRevokedAt(t.writeKey, now);
    await t.store.keys.insert({ key: made, projectId: 'demo', kind: 'write', createdAt: now, revokedAt: null });
    now += 29_999;
    expect(await ring.resolve(t.writeKey)).toBeDefined();
    expect(await ring.resolve(made)).toBeUndefined();
    now += 1;
    expect(await ring.resolve(t.writeKey)).toBeUndefined();
    expect((await ring.resolve(made))?.projectId).toBe('demo');
  });
});
