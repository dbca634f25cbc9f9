import { BIGINT, BOOLEAN, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import { duckDbDialect } from '../../query/dialect';
import { matcherSql } from '../../query/matcher';
import { deviceClassSql } from '../../query/segment';
import { type ReplayChunkRow, type ReplayRepository, snapshotFromRow } from '../../replay/replay-repository';
import type { DuckDb } from './database';

const CHUNK_COLUMNS = 'session_id, seq, event_id, start_ts, end_ts, event_count, received_at, events, newline, head, tail';
const CHUNK_TYPES = [VARCHAR, VARCHAR, BIGINT, VARCHAR, BIGINT, BIGINT, BIGINT, BIGINT, VARCHAR, BOOLEAN, VARCHAR, VARCHAR];

const toChunk = (row: Record<string, unknown>): ReplayChunkRow => ({
  sessionId: String(row.session_id),
  seq: Number(row.seq),
  eventId: String(row.event_id),
  startTs: Number(row.start_ts),
  endTs: Number(row.end_ts),
  count: Number(row.event_count),
  receivedAt: Number(row.received_at),
  events: String(row.events),
  newline: Boolean(row.newline),
  head: row.head === null ? null : String(row.head),
  tail: row.tail === null ? null : String(row.tail),
});


const seqList = (seqs: readonly number[]) => (seqs.length === 0 ? 'NULL' : seqs.map((seq) => String(Math.trunc(seq))).join(', '));

/** Chunks keyed by (project, session, seq): a retried chunk hits the key and is left alone. */
export function createDuckDbReplayRepository(db: DuckDb): ReplayRepository {
  const selectChunks = (where: string, values: Record<string, string | bigint>, tail = '') =>
    db.read(async (c) =>
      (await c.runAndReadAll(`SELECT ${CHUNK_COLUMNS} FROM replay_chunks WHERE ${where} ORDER BY seq ${tail}`, values))
        .getRowObjectsJS()
        .map(toChunk),
    );

  const transaction = (task: (c: DuckDBConnection) => Promise<void>) =>
    db.write(async (c) => {
      await c.run('BEGIN TRANSACTION');
      try {
        await task(c);
        await c.run('COMMIT');
      } catch (error) {
        await c.run('ROLLBACK');
        throw error;
      }
    });

  return {
    find: (projectId, sessionId, query) =>
      selectChunks(
        `project_id = $project AND session_id = $session AND (seq IN (${seqList(query.seqs)})${query.open ? ' OR head IS NOT NULL OR tail <> \'\'' : ''})`,
        { project: projectId, session: sessionId },
      ),
    list: (projectId, sessionId, fromSeq, limit) =>
      selectChunks('project_id = $project AND session_id = $session AND seq >= $from', {
        project: projectId, session: sessionId, from: BigInt(fromSeq),
      }, `LIMIT ${Math.trunc(limit)}`),
    put: (projectId, rows, options = {}) =>
      transaction(async (c) => {
        const conflict = options.replace
          ? 'DO UPDATE SET events = excluded.events, head = excluded.head, tail = excluded.tail'
          : 'DO NOTHING';
        for (const row of rows) {
          await c.run(
            `INSERT INTO replay_chunks (project_id, ${CHUNK_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (project_id, session_id, seq) ${conflict}`,
            [
              projectId, row.sessionId, BigInt(row.seq), row.eventId, BigInt(row.startTs), BigInt(row.endTs),
              BigInt(row.count), BigInt(row.receivedAt), row.events, row.newline, row.head, row.tail,
            ],
            CHUNK_TYPES,
          );
        }
      }),
    putSnapshots: (projectId, rows) =>
      transaction(async (c) => {
        for (const row of rows) {
          await c.run(
            `INSERT INTO replay_snapshots VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
             ON CONFLICT (project_id, session_id, ts, seq) DO NOTHING`,
            [projectId, row.sessionId, BigInt(row.seq), BigInt(row.ts), row.url, row.path, BigInt(row.width), BigInt(row.height)],
            [VARCHAR, VARCHAR, BIGINT, BIGINT, VARCHAR, VARCHAR, BIGINT, BIGINT],
          );
        }
      }),
    latestSnapshot: (projectId, query) =>
      db.read(async (c) => {
        const sql = `SELECT session_id, seq, ts, url, path, width, height FROM replay_snapshots
          WHERE project_id = $project AND ${matcherSql(duckDbDialect, { url: query.url })}
            AND ${deviceClassSql('width')} = $device
          ORDER BY ts DESC, session_id DESC LIMIT 1`;
        return (await c.runAndReadAll(sql, { project: projectId, device: query.device })).getRowObjectsJS().map(snapshotFromRow)[0];
      }),
  };
}
