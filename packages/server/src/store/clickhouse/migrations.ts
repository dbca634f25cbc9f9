import type { ClickHouseClient } from '@clickhouse/client';
import { definitionStatements, replayStatements, tableStatements, type ClickHouseLayout } from './schema';
import { sessionSegmentStatements } from './session-segments';

interface Migration {
  version: number;
  name: string;
  statements(layout: ClickHouseLayout): string[];
}

/** Append-only, like the DuckDB list; versions count separately per engine. */
const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'events and keys', statements: tableStatements },
  { version: 2, name: 'event definitions', statements: definitionStatements },
  { version: 3, name: 'replay chunks and snapshots', statements: replayStatements },
  { version: 4, name: 'session segments', statements: sessionSegmentStatements },
];

export const CLICKHOUSE_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/**
 * Runs on every node: ClickHouse without ZooKeeper has no `ON CLUSTER` DDL, so each node gets
 * its local and Distributed tables and its own record of versions. Every statement is
 * `IF NOT EXISTS`, so two servers starting at once against one cluster do no harm.
 */
export async function runClickHouseMigrations(node: ClickHouseClient, layout: ClickHouseLayout): Promise<void> {
  const db = layout.database;
  await node.command({ query: `CREATE DATABASE IF NOT EXISTS ${db}` });
  await node.command({
    query: `CREATE TABLE IF NOT EXISTS ${db}.schema_migrations (version UInt32, name String, applied_at Int64)
            ENGINE = MergeTree ORDER BY version`,
  });
  const result = await node.query({ query: `SELECT DISTINCT version AS v FROM ${db}.schema_migrations`, format: 'JSONEachRow' });
  const applied = new Set(((await result.json()) as Array<{ v: number | string }>).map((row) => Number(row.v)));
  const current = Math.max(0, ...applied);
  if (current > CLICKHOUSE_SCHEMA_VERSION) {
    throw new Error(
      `the ClickHouse database has schema version ${current}, newer than this server's ${CLICKHOUSE_SCHEMA_VERSION}; upgrade the server`,
    );
  }
  // By set, not by the highest version: versions may land out of order, and a gap is filled later.
  for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version))) {
    for (const query of migration.statements(layout)) await node.command({ query });
    await node.insert({
      table: `${db}.schema_migrations`,
      values: [{ version: migration.version, name: migration.name, applied_at: Date.now() }],
      format: 'JSONEachRow',
    });
  }
}
