import type { ClickHouseClient } from '@clickhouse/client';
import type { SightlineEvent } from '@sightline/core';
import { ERROR_CODES, ServerError } from '../../errors';
import { quoteNumber, quoteString } from '../../query/sql-literal';
import type { EventQuery } from '../event-store';

const str = (value: string) => quoteString(value, 'backslash');

async function rows<T>(client: ClickHouseClient, query: string): Promise<T[]> {
  return (await (await client.query({ query, format: 'JSONEachRow' })).json()) as T[];
}

/** The read API on ClickHouse: the same answers as the DuckDB store, copies hidden by FINAL. */
export async function selectClickHouseEvents(
  client: ClickHouseClient,
  db: string,
  projectId: string,
  query: EventQuery,
): Promise<SightlineEvent[]> {
  const where = [`project_id = ${str(projectId)}`];
  if (query.type !== undefined) where.push(`type = ${str(query.type)}`);
  if (query.sessionId !== undefined) where.push(`session_id = ${str(query.sessionId)}`);
  if (query.after !== undefined) {
    const [cursor] = await rows<{ ts: string }>(
      client,
      `SELECT ts FROM ${db}.events WHERE project_id = ${str(projectId)} AND id = ${str(query.after)} LIMIT 1`,
    );
    if (!cursor) throw new ServerError(ERROR_CODES.validation, 'after must be the id of a stored event', '/after');
    const ts = quoteNumber(Number(cursor.ts));
    where.push(`(ts > ${ts} OR (ts = ${ts} AND id > ${str(query.after)}))`);
  }
  const found = await rows<{ event: string }>(
    client,
    `SELECT event FROM ${db}.events FINAL WHERE ${where.join(' AND ')} ORDER BY ts, id LIMIT ${quoteNumber(query.limit)}`,
  );
  return found.map((row) => JSON.parse(row.event) as SightlineEvent);
}

export async function countClickHouseEvents(client: ClickHouseClient, db: string, projectId: string): Promise<number> {
  const [row] = await rows<{ n: string }>(
    client,
    `SELECT count() AS n FROM ${db}.events FINAL WHERE project_id = ${str(projectId)}`,
  );
  return Number(row?.n ?? 0);
}
