import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { buildApp, createKeyRing } from '../../src/index';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, inject, it } from 'vitest';
import { createClickHouseStore } from '../../src/store/clickhouse/clickhouse-store';
import { sessionSegmentStatements } from '../../src/store/clickhouse/session-segments';
import { createDuckDbStore } from '../../src/store/duckdb/duckdb-store';
import { makeTempDir } from '../helpers';
import { STORE_TARGETS } from '../support/store-targets';
import { FIXTURE, T1 } from './fixture';
import { openQueryApp, type QueryApp } from './query-app';

const SEGMENTS: Record<string, string[]> = {
  'device=mobile': ['S2'],
  'device=desktop': ['S3', 'S1'],
  'device=tablet': ['S4'],
  'pointer=coarse': ['S2'],
  'pointer=fine': ['S1'],
  'utmSource=google': ['S1'],
  'utmSource=newsletter': ['S4'],
  'utmMedium=cpc&device=desktop': ['S1'],
  'referrer=google.com': ['S1'],
  'referrer=news.example': ['S2'],
  'referrer=direct': ['S4', 'S3'],
  'visitor=returning': ['S3'],
  'visitor=new': ['S4', 'S2', 'S1'],
};

async function expectFixtureSegments(q: Pick<QueryApp, 'get'>): Promise<void> {
  for (const [query, expected] of Object.entries(SEGMENTS)) {
    const { sessions } = await q.get(`/v1/query/sessions?${query}`);
    expect(sessions.map((s: { sessionId: string }) => s.sessionId), query).toEqual(expected);
  }
}

/** A fixed shuffle, so a failure replays. */
const scrambled = <T>(items: readonly T[]): T[] =>
  items.map((item, i) => ({ item, k: (i * 7919) % 31 })).sort((a, b) => a.k - b.k).map(({ item }) => item);

describe.each(STORE_TARGETS)('segments on $name whatever order the events arrive in', (target) => {
  it('newest event first, one per batch: the first event and first session still decide', async () => {
    const q = await openQueryApp(target);
    try {
      for (const event of [...FIXTURE].reverse()) await q.store.insertBatch('demo', [event], T1 + 60_000);
      await expectFixtureSegments(q);
    } finally {
      await q.close();
    }
  }, 60_000);

  it('oldest event first, one per batch: later events that change nothing, and one that does', async () => {
    const q = await openQueryApp(target);
    try {
      for (const event of FIXTURE) await q.store.insertBatch('demo', [event], T1 + 60_000);
      await expectFixtureSegments(q);
      // A session whose pointer shows only on its second event is a touch session from then on.
      const [first, second] = FIXTURE.filter((e) => e.sessionId === 'S4').map((e) => ({ ...e, id: `${e.id}-s5`, sessionId: 'S5' }));
      await q.store.insertBatch('demo', [first as (typeof FIXTURE)[number]], T1 + 60_000);
      expect((await q.get('/v1/query/sessions?pointer=coarse')).sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual(['S2']);
      await q.store.insertBatch('demo', [{ ...(second as (typeof FIXTURE)[number]), props: { pointer: 'coarse' } }], T1 + 60_000);
      expect((await q.get('/v1/query/sessions?pointer=coarse')).sessions.map((s: { sessionId: string }) => s.sessionId)).toEqual(['S5', 'S2']);
    } finally {
      await q.close();
    }
  }, 60_000);

  it('shuffled across concurrent batches, with a retried event whose stored copy wins', async () => {
    const q = await openQueryApp(target);
    try {
      const events = scrambled(FIXTURE);
      const batches = [0, 1, 2, 3, 4].map((b) => events.filter((_e, i) => i % 5 === b));
      // Sent together, so the store commits several batches as one group.
      await Promise.all(batches.map((batch) => q.store.insertBatch('demo', batch, T1 + 60_000)));
      const s2First = FIXTURE.find((e) => e.sessionId === 'S2') as (typeof FIXTURE)[number];
      const altered = { ...s2First, page: { ...s2First.page, viewport: { w: 1920, h: 1080 } } };
      const result = await q.store.insertBatch('demo', [altered, ...FIXTURE.slice(0, 2)], T1 + 60_000);
      expect(result).toEqual({ accepted: 0, duplicates: 3 });
      await expectFixtureSegments(q);
    } finally {
      await q.close();
    }
  }, 60_000);
});

describe('DuckDB session segments migration', () => {
  it('rebuilds from the stored events exactly what inserts kept, and fills a gap in the versions', async () => {
    const temp = await makeTempDir();
    const path = join(temp.dir, 'events.duckdb');
    const read = async (sql: string) => {
      const instance = await DuckDBInstance.create(path);
      const c = await instance.connect();
      try {
        return (await c.runAndReadAll(sql)).getRowObjectsJS();
      } finally {
        c.closeSync();
        instance.closeSync();
      }
    };
    const tables = 'SELECT * FROM session_segments ORDER BY ALL; SELECT * FROM visitor_first_sessions ORDER BY ALL';
    try {
      const store = await createDuckDbStore({ path });
      for (const event of scrambled(FIXTURE)) await store.insertBatch('demo', [event], T1 + 60_000);
      await store.close();
      const kept = [await read(tables.split(';')[0] as string), await read(tables.split(';')[1] as string)];
      expect(kept[0]).toHaveLength(4);
      expect(kept[1]).toHaveLength(3);
      await read(`DROP TABLE session_segments; DROP TABLE visitor_first_sessions;
        DELETE FROM schema_migrations WHERE version = 5; SELECT 1`);
      await (await createDuckDbStore({ path })).close();
      expect([await read(tables.split(';')[0] as string), await read(tables.split(';')[1] as string)]).toEqual(kept);
    } finally {
      await temp.remove();
    }
  }, 60_000);
});

describe('DuckDB segment backlog', () => {
  const tables = ['session_segments', 'visitor_first_sessions', 'segment_backlog'];
  const readTables = async (path: string) => {
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    try {
      const out: Record<string, unknown[]> = {};
      for (const table of tables) out[table] = (await c.runAndReadAll(`SELECT * FROM ${table} ORDER BY ALL`)).getRowObjectsJS();
      return out;
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  };

  it('folds rows a stopped process left in the backlog before the first query answers', async () => {
    const temp = await makeTempDir();
    const path = join(temp.dir, 'events.duckdb');
    try {
      const store = await createDuckDbStore({ path });
      await store.insertBatch('demo', scrambled(FIXTURE), T1 + 60_000);
      await store.close();
      const folded = await readTables(path);
      expect(folded.session_segments).toHaveLength(4);
      expect(folded.segment_backlog).toEqual([]);
      // As a process killed between an ingest commit and its fold: segments empty, backlog full.
      const instance = await DuckDBInstance.create(path);
      const c = await instance.connect();
      await c.run(`DELETE FROM session_segments; DELETE FROM visitor_first_sessions;
        INSERT INTO segment_backlog SELECT project_id, session_id, anonymous_id, ts, id, viewport_w, utm_source,
          utm_medium, utm_campaign, referrer_domain, pointer, country FROM events`);
      c.closeSync();
      instance.closeSync();
      const q = await openQueryApp({
        name: 'duckdb',
        open: async () => {
          const reopened = await createDuckDbStore({ path });
          return { store: reopened, close: () => reopened.close() };
        },
      });
      try {
        await expectFixtureSegments(q);
      } finally {
        await q.close();
      }
      expect(await readTables(path)).toEqual(folded);
    } finally {
      await temp.remove();
    }
  }, 60_000);

  it('loses no row when folds run while batches commit', async () => {
    const temp = await makeTempDir();
    const path = join(temp.dir, 'events.duckdb');
    try {
      const store = await createDuckDbStore({ path });
      const events = scrambled(FIXTURE);
      // One event per batch, each followed at once by a query, so folds and commits interleave.
      await Promise.all(
        events.map(async (event, i) => {
          await store.insertBatch('demo', [{ ...event, id: `${event.id}-a` }], T1 + 60_000);
          await store.reader.rows('SELECT count(*) AS n FROM session_segments');
          await store.insertBatch('demo', [{ ...event, id: `${event.id}-b`, ts: event.ts + i }], T1 + 60_000);
        }),
      );
      await store.close();
      const kept = await readTables(path);
      expect(kept.segment_backlog).toEqual([]);
      // The same tables rebuilt from all events by the migration's own rule.
      const instance = await DuckDBInstance.create(path);
      const c = await instance.connect();
      await c.run(`DROP TABLE session_segments; DROP TABLE visitor_first_sessions; DELETE FROM schema_migrations WHERE version = 5`);
      c.closeSync();
      instance.closeSync();
      await (await createDuckDbStore({ path })).close();
      expect(await readTables(path)).toEqual(kept);
    } finally {
      await temp.remove();
    }
  }, 60_000);
});

describe('ClickHouse session segments migration', () => {
  it('builds the states from the events stored before it on every node', async () => {
    const target = inject('clickhouse');
    if ('error' in target) throw new Error(target.error);
    const layout = { database: `seg_${Date.now()}`, cluster: target.cluster };
    const store = await createClickHouseStore({ url: target.urls, ...layout });
    const nodes = target.urls.map((url) => createClient({ url }));
    try {
      // As a database from before the migration: the events are there, the views and states are not.
      for (const node of nodes) {
        for (const name of ['session_segments_view', 'visitor_first_sessions_view', 'session_segments', 'visitor_first_sessions']) {
          await node.command({ query: `DROP TABLE ${layout.database}.${name}` });
        }
      }
      await store.insertBatch('demo', scrambled(FIXTURE), T1 + 60_000);
      for (const node of nodes) {
        await node.command({ query: `TRUNCATE TABLE ${layout.database}.session_segments_local` });
        await node.command({ query: `TRUNCATE TABLE ${layout.database}.visitor_first_sessions_local` });
      }
      for (const node of nodes) for (const query of sessionSegmentStatements(layout)) await node.command({ query });
      const keys = createKeyRing(store.keys);
      const { readKey } = await keys.ensureProjectKeys('demo');
      const app = buildApp({ store, keys, rateLimit: false });
      try {
        await expectFixtureSegments({
          get: async (url: string) => (await app.inject({ method: 'GET', url, headers: { 'x-sightline-key': readKey } })).json(),
        });
      } finally {
        await app.close();
      }
    } finally {
      for (const node of nodes) await node.close();
      await store.close();
    }
  }, 60_000);
});
