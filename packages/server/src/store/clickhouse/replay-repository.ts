import type { ClickHouseClient } from '@clickhouse/client';
import { clickHouseDialect } from '../../query/dialect';
import { matcherSql } from '../../query/matcher';
import { deviceClassSql } from '../../query/segment';
import { quoteNumber, quoteString } from '../../query/sql-literal';
import { type ReplayChunkRow, type ReplayRepository, snapshotFromRow } from '../../replay/replay-repository';

const str = (value: string) => quoteString(value, 'backslash');
const CHUNK_COLUMNS = 'session_id, seq, event_id, start_ts, end_ts, event_count, received_at, events, newline, head, tail';

interface ChunkRecord {
  session_id: string;
  seq: string | number;
  event_id: string;
  start_ts: string | number;
  end_ts: string | number;
  event_count: string | number;
  received_at: string | number;
  events: string;
  newline: number;
  head: string | null;
  tail: string | null;
}

const toChunk = (row: ChunkRecord): ReplayChunkRow => ({
  sessionId: row.session_id,
  seq: Number(row.seq),
  eventId: row.event_id,
  startTs: Number(row.start_ts),
  endTs: Number(row.end_ts),
  count: Number(row.event_count),
  receivedAt: Number(row.received_at),
  events: row.events,
  newline: Number(row.newline) === 1,
  head: row.head,
  tail: row.tail,
});

const seqList = (seqs: readonly number[]) => (seqs.length === 0 ? '-1' : seqs.map((seq) => quoteNumber(Math.trunc(seq))).join(', '));

const FIRST_WRITE = 2 ** 45;

/**
 * Chunks are ReplacingMergeTree(version) rows: a rewrite carries a higher version than any
 * first write. Reads use FINAL and filter only on sort-key columns inside it: a condition on a
 * rewritten column (head, tail) could be applied before FINAL picks the newest version.
 */
export function createClickHouseReplayRepository(client: ClickHouseClient, db: string): ReplayRepository {
  let lastVersion = 0;
  const nextVersion = () => (lastVersion = Math.max(lastVersion + 1, Date.now() * 1000));
  let lastFirst = 0;
  const firstVersion = () => FIRST_WRITE - (lastFirst = Math.max(lastFirst + 1, Date.now()));
  const rows = async <T>(query: string) => (await (await client.query({ query, format: 'JSONEachRow' })).json()) as T[];
  const ofSession = (projectId: string, sessionId: string) => `project_id = ${str(projectId)} AND session_id = ${str(sessionId)}`;
  const chunksWhere = async (where: string, tail = '') =>
    (await rows<ChunkRecord>(`SELECT ${CHUNK_COLUMNS} FROM ${db}.replay_chunks FINAL WHERE ${where} ORDER BY seq ${tail}`)).map(toChunk);

  return {
    async find(projectId, sessionId, query) {
      const seqs = new Set(query.seqs);
      if (query.open) {
        const open = await rows<{ seq: string | number; is_open: number }>(
          `SELECT seq, is_open FROM (SELECT seq, isNotNull(head) OR ifNull(tail, '') != '' AS is_open
             FROM ${db}.replay_chunks FINAL WHERE ${ofSession(projectId, sessionId)})`,
        );
        for (const row of open) if (Number(row.is_open) === 1) seqs.add(Number(row.seq));
      }
      if (seqs.size === 0) return [];
      return chunksWhere(`${ofSession(projectId, sessionId)} AND seq IN (${seqList([...seqs])})`);
    },
    list: (projectId, sessionId, fromSeq, limit) =>
      chunksWhere(`${ofSession(projectId, sessionId)} AND seq >= ${quoteNumber(fromSeq)}`, `LIMIT ${quoteNumber(Math.trunc(limit))}`),
    async put(projectId, chunks, options = {}) {
      if (chunks.length === 0) return;
      // A first write's version falls with time, so the earliest copy of a chunk wins a retry
      // that races it; rewrites (microseconds since 1970) rank above every first write.
      const version = options.replace ? nextVersion() : firstVersion();
      await client.insert({
        table: `${db}.replay_chunks`,
        values: chunks.map((row) => ({
          project_id: projectId, session_id: row.sessionId, seq: row.seq, event_id: row.eventId,
          start_ts: row.startTs, end_ts: row.endTs, event_count: row.count, received_at: row.receivedAt,
          events: row.events, newline: row.newline ? 1 : 0, head: row.head, tail: row.tail, version,
        })),
        format: 'JSONEachRow',
      });
    },
    async putSnapshots(projectId, snapshots) {
      if (snapshots.length === 0) return;
      await client.insert({
        table: `${db}.replay_snapshots`,
        values: snapshots.map((row) => ({
          project_id: projectId, session_id: row.sessionId, seq: row.seq, ts: row.ts,
          url: row.url, path: row.path, width: row.width, height: row.height,
        })),
        format: 'JSONEachRow',
      });
    },
    async latestSnapshot(projectId, query) {
      const found = await rows<Record<string, string | number>>(
        `SELECT session_id, seq, ts, url, path, width, height FROM ${db}.replay_snapshots FINAL
         WHERE project_id = ${str(projectId)} AND ${matcherSql(clickHouseDialect(`${db}.events`), { url: query.url })}
           AND ${deviceClassSql('width')} = ${str(query.device)}
         ORDER BY ts DESC, session_id DESC LIMIT 1`,
      );
      const row = found[0];
      return row && snapshotFromRow(row);
    },
  };
}

