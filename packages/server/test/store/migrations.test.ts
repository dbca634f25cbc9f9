import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, inject, it } from 'vitest';
import { createClickHouseStore } from '../../src/store/clickhouse/clickhouse-store';
import { createDuckDbStore } from '../../src/store/duckdb/duckdb-store';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/store/duckdb/migrations';
import { makeTempDir } from '../helpers';
import { clickHouseMissing } from '../support/clickhouse-cluster.mjs';

describe('DuckDB migrations', () => {
  it('bring a version 1 file up to date and backfill the segment columns', async () => {
    const temp = await makeTempDir();
    const path = join(temp.dir, 'old.duckdb');
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    await c.run('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at BIGINT NOT NULL)');
    await c.run((MIGRATIONS[0] as { sql: string }).sql);
    await c.run("INSERT INTO schema_migrations VALUES (1, 'events and keys', 0)");
    await c.run(`INSERT INTO events (project_id, id, type, ts, session_id, anonymous_id, url, path, title, referrer,
      viewport_w, viewport_h, doc_height, props, event, received_at) VALUES ('p', 'e1', 'pageview', 1, 's', 'a',
      'https://shop.test/?utm_source=mail&utm_campaign=x', '/', 't', 'https://www.news.example/a', 375, 800, 900,
      '{"pointer":"coarse"}', '{}', 1)`);
    c.closeSync();
    instance.closeSync();
    const store = await createDuckDbStore({ path });
    try {
      const rows = await store.reader.rows('SELECT pointer, utm_source, utm_medium, utm_campaign, referrer_domain, country FROM events');
      expect(rows).toEqual([
        { pointer: 'coarse', utm_source: 'mail', utm_medium: '', utm_campaign: 'x', referrer_domain: 'news.example', country: '' },
      ]);
      expect((await store.reader.rows('SELECT max(version) AS v FROM schema_migrations'))[0]).toEqual({ v: LATEST_SCHEMA_VERSION });
    } finally {
      await store.close();
      await temp.remove();
    }
  });
});

describe('ClickHouse migrations', () => {
  it('run on every node, once, and refuse a newer schema', async () => {
    const target = inject('clickhouse');
    if ('error' in target) throw new Error(target.error);
    const options = { url: target.urls, cluster: target.cluster, database: `m_${Date.now()}` };
    await (await createClickHouseStore(options)).close();
    await (await createClickHouseStore(options)).close();
    for (const url of target.urls) {
      const node = createClient({ url });
      const versions = await (
        await node.query({ query: `SELECT version FROM ${options.database}.schema_migrations ORDER BY version`, format: 'JSONEachRow' })
      ).json();
      expect(versions).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }, { version: 4 }]);
      const tables = await (
        await node.query({ query: `SELECT name, engine FROM system.tables WHERE database = '${options.database}' ORDER BY name`, format: 'JSONEachRow' })
      ).json();
      expect(tables).toEqual([
        { name: 'definitions', engine: 'Distributed' },
        { name: 'definitions_local', engine: 'ReplacingMergeTree' },
        { name: 'events', engine: 'Distributed' },
        { name: 'events_local', engine: 'ReplacingMergeTree' },
        { name: 'keys', engine: 'Distributed' },
        { name: 'keys_local', engine: 'ReplacingMergeTree' },
        { name: 'replay_chunks', engine: 'Distributed' },
        { name: 'replay_chunks_local', engine: 'ReplacingMergeTree' },
        { name: 'replay_snapshots', engine: 'Distributed' },
        { name: 'replay_snapshots_local', engine: 'ReplacingMergeTree' },
        { name: 'schema_migrations', engine: 'MergeTree' },
        { name: 'session_segments', engine: 'Distributed' },
        { name: 'session_segments_local', engine: 'AggregatingMergeTree' },
        { name: 'session_segments_view', engine: 'MaterializedView' },
        { name: 'visitor_first_sessions', engine: 'Distributed' },
        { name: 'visitor_first_sessions_local', engine: 'AggregatingMergeTree' },
        { name: 'visitor_first_sessions_view', engine: 'MaterializedView' },
      ]);
      await node.insert({ table: `${options.database}.schema_migrations`, values: [{ version: 99, name: 'future', applied_at: 0 }], format: 'JSONEachRow' });
      await node.close();
    }
    await expect(createClickHouseStore(options)).rejects.toThrow(/schema version 99/);
  });

  it('name the Debian package when clickhouse-server is missing', () => {
    expect(clickHouseMissing('/nonexistent/clickhouse-server')).toMatch(/clickhouse-server and clickhouse-client/);
  });
});
