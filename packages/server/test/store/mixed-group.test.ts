import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDuckDbStore, type DuckDbStore } from '../../src/index';
import { makeEvent, makeTempDir } from '../helpers';

let store: DuckDbStore | undefined;
let remove: (() => Promise<void>) | undefined;
afterEach(async () => {
  await store?.close();
  await remove?.();
});

const event = (n: number) => makeEvent({ id: `01940000-0000-7000-8000-${String(n).padStart(12, '0')}` });

describe('one commit group mixing every kind of duplicate', () => {
  it('counts each batch exactly, whether its events were stored before, repeated in it, or repeated across batches', async () => {
    const temp = await makeTempDir();
    remove = temp.remove;
    store = await createDuckDbStore({ path: join(temp.dir, 'mixed.duckdb') });
    await store.insertBatch('demo', [event(1), event(2)], Date.now());
    // Started together, these three land in one group: the plain insert fails on the stored keys,
    // and the fallback must still credit every batch exactly.
    const results = await Promise.all([
      store.insertBatch('demo', [event(1), event(3), event(3)], Date.now()), // stored before; new twice
      store.insertBatch('demo', [event(4)], Date.now()), // new
      store.insertBatch('demo', [event(3), event(2)], Date.now()), // repeated across batches; stored before
    ]);
    expect(results).toEqual([
      { accepted: 1, duplicates: 2 },
      { accepted: 1, duplicates: 0 },
      { accepted: 0, duplicates: 2 },
    ]);
    expect(await store.countEvents('demo')).toBe(4);
    // Only new ids: a group of them takes the plain insert, and still counts exactly.
    expect(await store.insertBatch('demo', [event(5), event(6)], Date.now())).toEqual({ accepted: 2, duplicates: 0 });
    expect(await store.countEvents('demo')).toBe(6);
  });
});
