import type { ClickHouseClient } from '@clickhouse/client';
import { quoteString } from '../../query/sql-literal';
import type { InsertResult } from '../event-store';
import type { BatchToInsert } from '../group-writer';
import { toClickHouseRow } from './event-row';

const keyOf = (projectId: string, id: string) => `${projectId}\u0000${id}`;
const str = (value: string) => quoteString(value, 'backslash');

/** Ids of the group already stored. Sessions narrow the scan: they lead the sort key. */
async function storedKeys(client: ClickHouseClient, db: string, batches: readonly BatchToInsert[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  const sessions = new Set<string>();
  for (const { projectId, events } of batches) {
    for (const event of events) {
      pairs.add(`(${str(projectId)}, ${str(event.id)})`);
      sessions.add(str(event.sessionId));
    }
  }
  if (pairs.size === 0) return new Set();
  const result = await client.query({
    query: `SELECT DISTINCT project_id, id FROM ${db}.events
            WHERE session_id IN (${[...sessions].join(', ')}) AND (project_id, id) IN (${[...pairs].join(', ')})`,
    format: 'JSONEachRow',
  });
  const rows = (await result.json()) as Array<{ project_id: string; id: string }>;
  return new Set(rows.map((row) => keyOf(row.project_id, row.id)));
}

/**
 * Checks which ids are stored, then inserts the rest in one INSERT. The group writer runs one
 * of these at a time per process; servers racing on the same id across processes may both
 * insert it, and then ReplacingMergeTree plus FINAL in every read keep queries exact.
 */
export async function insertClickHouseBatches(
  client: ClickHouseClient,
  db: string,
  batches: readonly BatchToInsert[],
): Promise<InsertResult[]> {
  const stored = await storedKeys(client, db, batches);
  const rows: Record<string, unknown>[] = [];
  const results = batches.map(({ projectId, events, receivedAt, country = '' }) => {
    let accepted = 0;
    for (const event of events) {
      const key = keyOf(projectId, event.id);
      if (stored.has(key)) continue;
      stored.add(key);
      rows.push(toClickHouseRow(event, receivedAt, projectId, country));
      accepted++;
    }
    return { accepted, duplicates: events.length - accepted };
  });
  if (rows.length > 0) await client.insert({ table: `${db}.events`, values: rows, format: 'JSONEachRow' });
  return results;
}
