import type { SightlineEvent } from '@sightline/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '../../src/store/event-store';
import { makeEvent } from '../helpers';
import { type OpenedStore, STORE_TARGETS } from '../support/store-targets';

describe.each(STORE_TARGETS)('EventStore contract on $name', (target) => {
  let opened: OpenedStore;
  let store: EventStore;
  let project = 0;
  // A fresh project per test keeps tests independent on one store.
  const nextProject = () => `p${++project}`;
  beforeAll(async () => {
    opened = await target.open();
    store = opened.store;
  }, 30_000);
  afterAll(async () => opened?.close());

  it('stores a batch once and counts repeats as duplicates', async () => {
    const p = nextProject();
    const events = [makeEvent(), makeEvent(), makeEvent()];
    expect(await store.insertBatch(p, events, 1)).toEqual({ accepted: 3, duplicates: 0 });
    expect(await store.insertBatch(p, [...events, makeEvent()], 2)).toEqual({ accepted: 1, duplicates: 3 });
    const repeated = makeEvent();
    expect(await store.insertBatch(p, [repeated, repeated], 3)).toEqual({ accepted: 1, duplicates: 1 });
    expect(await store.countEvents(p)).toBe(5);
  });

  it('counts concurrent copies of one batch exactly once', async () => {
    const p = nextProject();
    const events = Array.from({ length: 40 }, (_, i) => makeEvent({ sessionId: `s-${i % 7}` }));
    const results = await Promise.all(Array.from({ length: 6 }, () => store.insertBatch(p, events, 1)));
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(40);
    expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(5 * 40);
    expect(await store.countEvents(p)).toBe(40);
  });

  it('dedupes per project', async () => {
    const [p, q] = [nextProject(), nextProject()];
    const event = makeEvent();
    expect(await store.insertBatch(p, [event], 1)).toEqual({ accepted: 1, duplicates: 0 });
    expect(await store.insertBatch(q, [event], 1)).toEqual({ accepted: 1, duplicates: 0 });
  });

  it('returns events exactly as accepted, filtered and paged in (ts, id) order', async () => {
    const p = nextProject();
    const sameTs = 1_770_000_000_000;
    const events = [
      makeEvent({ type: 'pageview', sessionId: 's-a', userId: 'u-1', name: "it's \\ \"quoted\"" }),
      makeEvent({ type: 'click', sessionId: 's-a', ts: sameTs }),
      makeEvent({ type: 'click', sessionId: 's-b', ts: sameTs, props: { emoji: '😀', nul: 'a\u0001b' } }),
      makeEvent({ type: 'click', sessionId: 's-a' }),
    ];
    await store.insertBatch(p, [3, 1, 0, 2].map((i) => events[i] as SightlineEvent), 1);
    const expected = [...events].sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
    expect(await store.listEvents(p, { limit: 100 })).toEqual(expected);
    expect(await store.listEvents(p, { limit: 100, type: 'click', sessionId: 's-a' })).toEqual(
      expected.filter((e) => e.type === 'click' && e.sessionId === 's-a'),
    );
    const first = await store.listEvents(p, { limit: 2 });
    expect(first).toEqual(expected.slice(0, 2));
    expect(await store.listEvents(p, { limit: 2, after: first[1]?.id as string })).toEqual(expected.slice(2));
    await expect(store.listEvents(p, { limit: 2, after: 'nope' })).rejects.toMatchObject({ code: 'SL_ERR_VALIDATION' });
  });

  it('never shows a copy twice, even when two server nodes race on the same ids', async () => {
    if (!opened.openPeer) return;
    const p = nextProject();
    const peer = await opened.openPeer();
    const events = Array.from({ length: 30 }, (_, i) => makeEvent({ sessionId: `race-${i % 5}` }));
    await Promise.all([store.insertBatch(p, events, 1), peer.insertBatch(p, events, 1), store.insertBatch(p, events, 1)]);
    expect(await store.countEvents(p)).toBe(30);
    expect(await peer.listEvents(p, { limit: 100 })).toHaveLength(30);
    const rows = await store.reader.rows(`SELECT count() AS n FROM ${store.reader.dialect.events} WHERE project_id = '${p}'`);
    expect(Number(rows[0]?.n)).toBe(30);
  });

  it('keeps keys, with revocation visible to a fresh read', async () => {
    const record = { key: `k_${nextProject()}_0123456789abcdef`, projectId: 'kp', kind: 'read' as const, createdAt: 5, revokedAt: null };
    await store.keys.insert(record);
    expect(await store.keys.find(record.key)).toEqual(record);
    await store.keys.setRevokedAt(record.key, 9);
    expect(await store.keys.find(record.key)).toEqual({ ...record, revokedAt: 9 });
    await store.keys.setRevokedAt(record.key, null);
    expect(await store.keys.listForProject('kp')).toEqual([record]);
    expect(await store.keys.find('missing')).toBeUndefined();
  });

  it('streams rows for export', async () => {
    const p = nextProject();
    await store.insertBatch(p, Array.from({ length: 25 }, () => makeEvent()), 1);
    let n = 0;
    for await (const row of store.reader.stream(`SELECT id FROM ${store.reader.dialect.events} WHERE project_id = '${p}'`)) {
      expect(typeof row.id).toBe('string');
      n++;
    }
    expect(n).toBe(25);
  });

  it('stores events whatever the client clock says', async () => {
    const p = nextProject();
    const events = [makeEvent({ ts: 0 }), makeEvent({ ts: 9_000_000_000_000_000 }), makeEvent({ ts: -5 })];
    expect(await store.insertBatch(p, events, 1)).toEqual({ accepted: 3, duplicates: 0 });
    expect((await store.listEvents(p, { limit: 10 })).map((e) => e.ts)).toEqual([-5, 0, 9_000_000_000_000_000]);
  });

  it('answers ping, and refuses work after close', async () => {
    await store.ping();
    const other = await target.open();
    await other.store.insertBatch('x', [makeEvent()], 1);
    await other.close();
    await other.store.close();
    await expect(other.store.countEvents('x')).rejects.toMatchObject({ code: 'SL_ERR_STORE_CLOSED' });
  });
});
