import type { DuckDBConnection } from '@duckdb/node-api';
import type { InsertResult } from '../event-store';
import type { BatchToInsert } from '../group-writer';
import { appendEvent, EVENT_COLUMN_LIST } from './event-columns';

const STAGING = 'temp.main.events_staging';

/** A per-connection temp table: the appender fills it, one INSERT moves it over. */
export async function createStaging(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE events_staging AS SELECT * FROM events LIMIT 0`);
}

const keyOf = (projectId: string, id: string) => `${projectId}\u0000${id}`;

/**
 * Stores several batches in one transaction: all of them or none. Rows go through the appender
 * into the staging table, then one INSERT ... ON CONFLICT DO NOTHING moves them over, which is
 * ~100x faster than an INSERT per event. The first copy of an event in the group is the one
 * stored; every other copy, in the group or already in the table, counts as a duplicate.
 */
export async function insertBatches(
  connection: DuckDBConnection,
  batches: readonly BatchToInsert[],
): Promise<InsertResult[]> {
  const claimed = new Set<string>();
  const claims = batches.map(({ projectId, events }) =>
    events.map((event) => {
      const key = keyOf(projectId, event.id);
      if (claimed.has(key)) return undefined;
      claimed.add(key);
      return key;
    }),
  );
  await connection.run('BEGIN TRANSACTION');
  try {
    const appender = await connection.createAppender('events_staging', 'main', 'temp');
    try {
      batches.forEach(({ projectId, events, receivedAt }, b) =>
        events.forEach((event, e) => {
          if (claims[b]?.[e] !== undefined) appendEvent(appender, event, receivedAt, projectId);
        }),
      );
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    const inserted = await connection.runAndReadAll(
      `INSERT INTO events (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM ${STAGING}
       ON CONFLICT DO NOTHING RETURNING project_id, id`,
    );
    const stored = new Set(inserted.getRowsJS().map(([projectId, id]) => keyOf(String(projectId), String(id))));
    await connection.run(`DELETE FROM ${STAGING}`);
    await connection.run('COMMIT');
    return claims.map((keys) => {
      const accepted = keys.filter((key) => key !== undefined && stored.has(key)).length;
      return { accepted, duplicates: keys.length - accepted };
    });
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
