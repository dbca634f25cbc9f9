import type { Dialect } from '../query/dialect';
import { baseWhere, type TimeRange } from '../query/range';

/** Columns of an export: the indexed fields, then `props` and the full event as JSON text. */
export const EXPORT_COLUMNS = [
  ['id', 'VARCHAR'],
  ['type', 'VARCHAR'],
  ['name', 'VARCHAR'],
  ['ts', 'BIGINT'],
  ['session_id', 'VARCHAR'],
  ['anonymous_id', 'VARCHAR'],
  ['user_id', 'VARCHAR'],
  ['url', 'VARCHAR'],
  ['path', 'VARCHAR'],
  ['title', 'VARCHAR'],
  ['referrer', 'VARCHAR'],
  ['viewport_w', 'BIGINT'],
  ['viewport_h', 'BIGINT'],
  ['doc_height', 'BIGINT'],
  ['target_selector', 'VARCHAR'],
  ['target_tag', 'VARCHAR'],
  ['target_text', 'VARCHAR'],
  ['target_href', 'VARCHAR'],
  ['page_x', 'DOUBLE'],
  ['page_y', 'DOUBLE'],
  ['rel_x', 'DOUBLE'],
  ['rel_y', 'DOUBLE'],
  ['props', 'VARCHAR'],
  ['event', 'VARCHAR'],
  ['received_at', 'BIGINT'],
] as const;

// DuckDB keeps JSON columns as JSON; exports carry them as text on both engines.
const asText = (dialect: Dialect, name: string) =>
  dialect.name === 'duckdb' && (name === 'props' || name === 'event') ? `CAST(${name} AS VARCHAR) AS ${name}` : name;

/**
 * The events of a project in a time range: every column (Parquet, in storage order, since
 * sorting millions of wide rows costs more than the export), or only `event` (NDJSON, in
 * (ts, id) order like the read API).
 */
export function exportSql(dialect: Dialect, projectId: string, range: TimeRange, columns: 'all' | 'event' = 'all'): string {
  const where = `WHERE ${baseWhere(dialect, projectId, range)}`;
  if (columns === 'event') return `SELECT ${asText(dialect, 'event')} FROM ${dialect.events} ${where} ORDER BY ts, id`;
  return `SELECT ${EXPORT_COLUMNS.map(([name]) => asText(dialect, name)).join(', ')} FROM ${dialect.events} ${where}`;
}
