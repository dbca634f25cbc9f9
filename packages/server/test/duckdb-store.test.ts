import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { SightlineEvent } from '@sightline/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDuckDbStore, type DuckDbStore } from '../src/index';
import { makeEvent, makeTempDir } from './helpers';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let path: string;
let store: DuckDbStore;
beforeEach(async () => {
  temp = await makeTempDir();
  path = join(temp.dir, 'a', 'b', 'events.duckdb');
  store = await createDuckDbStore({ path });
});
afterEach(async () => {
  await store.close();
  await temp.remove();
});

describe('createDuckDbStore', () => {
  it('creates the file and its folders, and records the schema version', async () => {
    expect(store.path).toBe(path);
    await store.close();
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const rows = (await connection.runAndReadAll('SELECT version FROM schema_migrations ORDER BY version')).getRowObjectsJS();
    expect(rows).toEqual([1, 2, 3, 4, 5, 6].map((version) => ({ version })));
    connection.closeSync();
    instance.closeSync();
    // Reopening does not run the migration again.
    store = await createDuckDbStore({ path });
    expect(await store.countEvents('p')).toBe(0);
  });

  it('refuses a second store on a file this process already has open', async () => {
    await expect(createDuckDbStore({ path: join(temp.dir, 'a', '..', 'a', 'b', 'events.duckdb') })).rejects.toMatchObject({
      code: 'SL_ERR_STORE_IN_USE',
    });
  });

  it('keeps the row columns beside the full event', async () => {
    const event = makeEvent({ userId: 'u-9', name: 'checkout' });
    await store.insertBatch('p', [event], 1234);
    await store.close();
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    const [row] = (
      await connection.runAndReadAll(
        "SELECT project_id, type, name, ts, user_id, viewport_w, target_tag, rel_x, props->>'plan' AS plan, received_at FROM events",
      )
    ).getRowObjectsJS();
    expect(row).toEqual({
      project_id: 'p',
      type: 'click',
      name: 'checkout',
      ts: BigInt(event.ts),
      user_id: 'u-9',
      viewport_w: 1280n,
      target_tag: 'button',
      rel_x: 0.5,
      plan: 'pro',
      received_at: 1234n,
    });
    connection.closeSync();
    instance.closeSync();
    store = await createDuckDbStore({ path });
  });

  it('stores nothing from a batch that fails part way, and stays usable', async () => {
    const good = makeEvent();
    const bad = { ...makeEvent(), ts: 1.5 } as SightlineEvent;
    await expect(store.insertBatch('p', [good, bad], 1)).rejects.toThrow();
    expect(await store.countEvents('p')).toBe(0);
    expect(await store.insertBatch('p', [good], 1)).toEqual({ accepted: 1, duplicates: 0 });
  });

  it('counts concurrent copies of one batch exactly once', async () => {
    const events = Array.from({ length: 50 }, () => makeEvent());
    const results = await Promise.all(Array.from({ length: 8 }, () => store.insertBatch('p', events, 1)));
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(50);
    expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(7 * 50);
    expect(await store.countEvents('p')).toBe(50);
  });

  it('fails only the bad batch when batches share a commit', async () => {
    const good = Array.from({ length: 5 }, () => [makeEvent()]);
    const bad = [makeEvent(), { ...makeEvent(), ts: 1.5 } as SightlineEvent];
    const results = await Promise.allSettled([
      store.insertBatch('p', good[0] as SightlineEvent[], 1),
      store.insertBatch('p', good[1] as SightlineEvent[], 1),
      store.insertBatch('p', bad, 1),
      ...good.slice(2).map((events) => store.insertBatch('p', events, 1)),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(await store.countEvents('p')).toBe(5);
  });

  it('dedupes per project', async () => {
    const event = makeEvent();
    expect(await store.insertBatch('p', [event], 1)).toEqual({ accepted: 1, duplicates: 0 });
    expect(await store.insertBatch('q', [event], 1)).toEqual({ accepted: 1, duplicates: 0 });
  });

  it('stores a 1000-event batch quickly', async () => {
    const events = Array.from({ length: 1000 }, () => makeEvent());
    const started = performance.now();
    expect(await store.insertBatch('p', events, 1)).toEqual({ accepted: 1000, duplicates: 0 });
    // Row-by-row INSERTs take seconds here; the appender path takes tens of ms. Loose on purpose.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('finishes queued writes on close, then refuses new work', async () => {
    const pending = store.insertBatch('p', [makeEvent()], 1);
    const closed = store.close();
    expect(await pending).toEqual({ accepted: 1, duplicates: 0 });
    await closed;
    await store.close();
    await expect(store.countEvents('p')).rejects.toMatchObject({ code: 'SL_ERR_STORE_CLOSED' });
    store = await createDuckDbStore({ path });
    expect(await store.countEvents('p')).toBe(1);
  });
});
