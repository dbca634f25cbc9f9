import { type DuckDBConnection, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { InsertResult } from '../event-store';
import type { BatchToInsert } from '../group-writer';
import { appendEvent, EVENT_COLUMN_LIST } from './event-columns';
import { BACKLOG_INSERT, StoredSegments } from './session-segments';

/** Where an ingest transaction reports backlog rows for the session segments (segment-keeper.ts). */
export interface SegmentSink {
  readonly stored: StoredSegments;
  committed(): void;
}

const STAGING = 'temp.main.events_staging';
const YIELD_EVERY_ROWS = 500;

/**
 * Prepares the writer connection: a per-connection temp table the appender fills and one INSERT
 * moves over, and a WAL that is checkpointed less often. DuckDB checkpoints inside the COMMIT
 * that passes the threshold, and each checkpoint rewrites the primary-key indexes whole: at the
 * default 16 MB that was a commit of seconds every few seconds of steady ingest (commit p99
 * 1.4 s, 5,700 events/s on a growing table); at 256 MB the p99 was 0.14 s and 8,700 events/s.
 */
export async function createStaging(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE events_staging AS SELECT * FROM events LIMIT 0`);
  await connection.run(`SET checkpoint_threshold = '256MB'`);
}

const keyOf = (projectId: string, id: string) => `${projectId}\u0000${id}`;

type Claims = (string | undefined)[][];

/** The first copy of each (project, id) in the group claims it; later copies get `undefined`. */
function claim(batches: readonly BatchToInsert[]): Claims {
  const claimed = new Set<string>();
  return batches.map(({ projectId, events }) =>
    events.map((event) => {
      const key = keyOf(projectId, event.id);
      if (claimed.has(key)) return undefined;
      claimed.add(key);
      return key;
    }),
  );
}

/**
 * One transaction: the claimed rows into staging, then `move` takes them over and says which
 * were stored, leaving only those in staging for the segment backlog.
 */
async function inTransaction(
  connection: DuckDBConnection,
  batches: readonly BatchToInsert[],
  claims: Claims,
  move: () => Promise<(key: string) => boolean>,
  segments: SegmentSink,
): Promise<InsertResult[]> {
  await connection.run('BEGIN TRANSACTION');
  try {
    const appender = await connection.createAppender('events_staging', 'main', 'temp');
    try {
      let rows = 0;
      for (const [b, { projectId, events, receivedAt, country = '', texts }] of batches.entries()) {
        for (const [e, event] of events.entries()) {
          if (claims[b]?.[e] === undefined) continue;
          appendEvent(appender, event, receivedAt, projectId, country, texts?.[e]);
          // Building rows is JavaScript on the event loop: a large group yields now and then.
          if (++rows % YIELD_EVERY_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }
      appender.flushSync();
    } finally {
      appender.closeSync();
    }
    const stored = await move();
    const storedEvents = batches.flatMap(({ projectId, events, country = '' }, b) =>
      events.flatMap((event, e) => {
        const key = claims[b]?.[e];
        return key !== undefined && stored(key) ? [{ projectId, event, country }] : [];
      }),
    );
    // The segment upserts cost more than the rest of the commit; they run later, folded.
    const backlog = segments.stored.changedBy(storedEvents);
    if (backlog) await connection.run(BACKLOG_INSERT(STAGING));
    await connection.run(`DELETE FROM ${STAGING}`);
    await connection.run('COMMIT');
    if (backlog) segments.committed();
    return claims.map((keys) => {
      const accepted = keys.filter((key) => key !== undefined && stored(key)).length;
      return { accepted, duplicates: keys.length - accepted };
    });
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Marks the plain INSERT's failure, so only that one falls back to the slow path. */
class KeyClash extends Error {}

/**
 * Stores several batches in one transaction: all of them or none. Rows go through the appender
 * into the staging table, then one INSERT moves them over. The first copy of an event in the
 * group is the one stored; every other copy, in the group or already in the table, counts as a
 * duplicate.
 *
 * Optimistic: a plain INSERT first, measured ~2.5x cheaper than `ON CONFLICT DO NOTHING` on a
 * 1M-row table. The primary key still checks every row, so if it succeeds no claimed event was
 * stored before and all are accepted. If it fails (a retried batch), the group is rolled back and
 * redone with `ON CONFLICT DO NOTHING RETURNING`, which says exactly which rows went in.
 */
export async function insertBatches(
  connection: DuckDBConnection,
  batches: readonly BatchToInsert[],
  segments: SegmentSink = { stored: new StoredSegments(), committed: () => undefined },
): Promise<InsertResult[]> {
  const claims = claim(batches);
  try {
    return await inTransaction(connection, batches, claims, async () => {
      try {
        await connection.run(`INSERT INTO events (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM ${STAGING}`);
      } catch (error) {
        throw new KeyClash('plain insert failed', { cause: error });
      }
      return () => true;
    }, segments);
  } catch (error) {
    if (!(error instanceof KeyClash)) throw error;
  }
  return inTransaction(connection, batches, claims, async () => {
    const inserted = await connection.runAndReadAll(
      `INSERT INTO events (${EVENT_COLUMN_LIST}) SELECT ${EVENT_COLUMN_LIST} FROM ${STAGING}
       ON CONFLICT DO NOTHING RETURNING project_id, id`,
    );
    const stored = new Set(inserted.getRowsJS().map(([projectId, id]) => keyOf(String(projectId), String(id))));
    await dropUnstored(connection, batches, claims, stored);
    return (key) => stored.has(key);
  }, segments);
}

/** Removes from staging the rows the key refused: a stored copy may differ, and it is the one that counts. */
async function dropUnstored(
  connection: DuckDBConnection,
  batches: readonly BatchToInsert[],
  claims: Claims,
  stored: ReadonlySet<string>,
): Promise<void> {
  const refused = new Map<string, string[]>();
  batches.forEach(({ projectId, events }, b) =>
    events.forEach((event, e) => {
      const key = claims[b]?.[e];
      if (key === undefined || stored.has(key)) return;
      const ids = refused.get(projectId) ?? [];
      ids.push(event.id);
      refused.set(projectId, ids);
    }),
  );
  for (const [project, ids] of refused) {
    await connection.run(
      `DELETE FROM ${STAGING} WHERE project_id = $project AND list_contains($ids, id)`,
      { project, ids: listValue(ids) },
      { project: VARCHAR, ids: LIST(VARCHAR) },
    );
  }
}
