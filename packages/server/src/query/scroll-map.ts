import type { SqlReader } from '../store/event-store';
import { matcherSql } from './matcher';
import { num, type QueryScope, scopeWhere } from './scope';

export const SCROLL_DEPTHS = [25, 50, 75, 90, 100] as const;

export interface ScrollMap {
  /** Sessions with any event on the page: the denominator. */
  sessions: number;
  depths: Array<{ depth: number; sessions: number; share: number }>;
}

/**
 * Share of the page's sessions that reached each depth, from `scroll_depth` events and their
 * `props.milestone` (percent of the page). Reaching 75 counts for 25 and 50 too.
 */
export async function scrollMap(reader: SqlReader, scope: QueryScope, params: { url: string }): Promise<ScrollMap> {
  const d = reader.dialect;
  const where = `${scopeWhere(d, scope)} AND ${matcherSql(d, { url: params.url })}`;
  const milestone = d.jsonNumber('props', 'milestone');
  const reached = SCROLL_DEPTHS.map(
    (depth) => `sum(CASE WHEN deepest >= ${depth} THEN 1 ELSE 0 END) AS d${depth}`,
  );
  const [row] = await reader.rows(
    `SELECT count(*) AS sessions, ${reached.join(', ')} FROM (
       SELECT session_id, max(CASE WHEN type = 'scroll_depth' THEN ${milestone} ELSE NULL END) AS deepest
       FROM ${d.events} WHERE ${where} GROUP BY session_id
     )`,
  );
  const sessions = num(row?.sessions);
  return {
    sessions,
    depths: SCROLL_DEPTHS.map((depth) => {
      const n = num(row?.[`d${depth}`]);
      return { depth, sessions: n, share: sessions === 0 ? 0 : n / sessions };
    }),
  };
}
