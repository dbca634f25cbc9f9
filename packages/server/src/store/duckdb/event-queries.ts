import type { DuckDBConnection } from '@duckdb/node-api';
import type { SightlineEvent } from '@sightline/core';
import { ERROR_CODES, ServerError } from '../../errors';
import type { EventQuery } from '../event-store';

/** Every value is bound; only fixed SQL fragments are joined here. */
export async function selectEvents(
  connection: DuckDBConnection,
  projectId: string,
  query: EventQuery,
): Promise<SightlineEvent[]> {
  const where = ['project_id = $project'];
  const values: Record<string, string | bigint> = { project: projectId, limit: BigInt(query.limit) };
  if (query.type !== undefined) {
    where.push('type = $type');
    values.type = query.type;
  }
  if (query.sessionId !== undefined) {
    where.push('session_id = $session');
    values.session = query.sessionId;
  }
  if (query.after !== undefined) {
    const cursor = await connection.runAndReadAll(
      'SELECT ts FROM events WHERE project_id = $project AND id = $id',
      { project: projectId, id: query.after },
    );
    const row = cursor.getRowObjectsJS()[0];
    if (!row) {
      throw new ServerError(ERROR_CODES.validation, 'after must be the id of a stored event', '/after');
    }
    where.push('(ts > $afterTs OR (ts = $afterTs AND id > $afterId))');
    values.afterTs = BigInt(row.ts as bigint);
    values.afterId = query.after;
  }
  const reader = await connection.runAndReadAll(
    `SELECT event::VARCHAR AS event FROM events WHERE ${where.join(' AND ')} ORDER BY ts, id LIMIT $limit`,
    values,
  );
  return reader.getRowObjectsJS().map((row) => JSON.parse(String(row.event)) as SightlineEvent);
}

export async function selectCount(connection: DuckDBConnection, projectId: string): Promise<number> {
  const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM events WHERE project_id = $project', {
    project: projectId,
  });
  return Number(reader.getRowObjectsJS()[0]?.n ?? 0);
}
