import type { Dialect } from './dialect';
import { integer, invalid, type RawQuery } from './params';
import { quoteNumber } from './sql-literal';

/** Event time bounds in epoch ms: `from` inclusive, `to` exclusive. */
export interface TimeRange {
  from?: number;
  to?: number;
}

export const RANGE_PARAMS = ['from', 'to'] as const;

const MAX_TS = 8.64e15;

export function parseRange(query: RawQuery): TimeRange {
  const from = integer(query, 'from', 0, MAX_TS);
  const to = integer(query, 'to', 0, MAX_TS);
  if (from !== undefined && to !== undefined && to <= from) throw invalid('to', 'must be later than from');
  return { ...(from !== undefined && { from }), ...(to !== undefined && { to }) };
}

/** The filter every query starts from: one project, one time range. */
export function baseWhere(dialect: Dialect, projectId: string, range: TimeRange): string {
  const where = [`project_id = ${dialect.str(projectId)}`];
  if (range.from !== undefined) where.push(`ts >= ${quoteNumber(range.from)}`);
  if (range.to !== undefined) where.push(`ts < ${quoteNumber(range.to)}`);
  return where.join(' AND ');
}
