import type { SqlReader } from '../store/event-store';
import { quoteNumber } from './sql-literal';
import { num, type QueryScope, scopeWhere } from './scope';

export const INTERVALS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;
export type Interval = keyof typeof INTERVALS;

export interface CountsParams {
  interval: Interval;
  /** Extra condition on the events (a type list, a definition), as SQL built by this module's callers. */
  condition?: string;
}

export interface CountBucket {
  /** Start of the bucket, epoch ms (UTC). */
  t: number;
  events: number;
  sessions: number;
}

/** Events and distinct sessions per time bucket, oldest first; empty buckets are left out. */
export async function eventCounts(reader: SqlReader, scope: QueryScope, params: CountsParams): Promise<CountBucket[]> {
  const d = reader.dialect;
  const size = quoteNumber(INTERVALS[params.interval]);
  const rows = await reader.rows(
    `SELECT ${d.int(`floor(ts / ${size})`)} * ${size} AS t, count(*) AS events, count(DISTINCT session_id) AS sessions
     FROM ${d.events} WHERE ${scopeWhere(d, scope)}${params.condition ? ` AND ${params.condition}` : ''}
     GROUP BY t ORDER BY t`,
  );
  return rows.map((row) => ({ t: num(row.t), events: num(row.events), sessions: num(row.sessions) }));
}
