import { type LiteralStyle, quoteString, scoreKey } from './sql-literal';

/**
 * What differs between DuckDB and ClickHouse SQL, and nothing else. Queries are written once
 * against this interface; every value goes through `str` (or `quoteNumber`), every name
 * through `identifier`.
 */
export interface Dialect {
  readonly name: 'duckdb' | 'clickhouse';
  /** The events relation, each event once (ClickHouse dedupes at read time with FINAL). */
  readonly events: string;
  str(value: string): string;
  /** A numeric top-level property of a JSON text column (`props`), NULL when absent. */
  jsonNumber(column: string, key: string): string;
  /** `value` of the row with the largest `by` among rows where `condition` holds. */
  argMaxIf(value: string, by: string, condition: string): string;
  /** RE2 in both engines. */
  matches(expression: string, pattern: string): string;
  /** Case-insensitive substring test (ClickHouse 18's regex ignores `(?i)` when it sees a literal). */
  containsText(expression: string, needle: string): string;
  int(expression: string): string;
  /** `(device, x, y, w)` rows of the `props.points` of the events matching `where`. */
  movePoints(where: string, device: string): string;
  /** Tables kept at insert with each session's segment attributes and each visitor's first session. */
  readonly segmentTables: SegmentTables;
}

/** Plain rows, one per session (DuckDB), or aggregate states that queries merge (ClickHouse). */
export interface SegmentTables {
  sessions: string;
  visitors: string;
  states: boolean;
}

const literal = (style: LiteralStyle) => (value: string) => quoteString(value, style);

export const duckDbDialect: Dialect = {
  name: 'duckdb',
  events: 'events',
  str: literal('standard'),
  // The key is quoted in the path: flattened score names contain a dot (`frustration.score`).
  jsonNumber: (column, key) => `TRY_CAST(json_extract_string(${column}, '$."${scoreKey(key)}"') AS DOUBLE)`,
  argMaxIf: (value, by, condition) => `arg_max(${value}, ${by}) FILTER (WHERE ${condition})`,
  matches: (expression, pattern) => `regexp_matches(${expression}, ${quoteString(pattern, 'standard')})`,
  containsText: (expression, needle) => `contains(lower(${expression}), ${quoteString(needle.toLowerCase(), 'standard')})`,
  int: (expression) => `CAST(${expression} AS BIGINT)`,
  movePoints: (where, device) =>
    `SELECT device, p[1] AS x, p[2] AS y, coalesce(p[3], 1) AS w FROM (
       SELECT ${device} AS device, unnest(TRY_CAST(json_extract(props, '$.points') AS DOUBLE[][])) AS p
       FROM events WHERE ${where}
     ) WHERE len(p) >= 2 AND p[1] IS NOT NULL AND p[2] IS NOT NULL`,
  segmentTables: { sessions: 'session_segments', visitors: 'visitor_first_sessions', states: false },
};

export function clickHouseDialect(table: string): Dialect {
  // `table` is `<database>.events`; the segment tables sit beside it.
  const database = table.slice(0, table.lastIndexOf('.'));
  return {
    name: 'clickhouse',
    events: `${table} FINAL`,
    str: literal('backslash'),
    jsonNumber: (column, key) =>
      `if(visitParamHas(${column}, '${scoreKey(key)}'), visitParamExtractFloat(${column}, '${key}'), NULL)`,
    argMaxIf: (value, by, condition) => `argMaxIf(${value}, ${by}, ${condition})`,
    matches: (expression, pattern) => `match(${expression}, ${quoteString(pattern, 'backslash')})`,
    containsText: (expression, needle) =>
      `positionCaseInsensitiveUTF8(${expression}, ${quoteString(needle, 'backslash')}) > 0`,
    int: (expression) => `toInt64(${expression})`,
    // Points are extracted into an array column at insert: ClickHouse 18 cannot parse JSON arrays.
    movePoints: (where, device) =>
      `SELECT ${device} AS device, p[1] AS x, p[2] AS y, if(length(p) >= 3, p[3], 1) AS w
       FROM ${table} FINAL ARRAY JOIN points AS p WHERE ${where} AND length(p) >= 2`,
    segmentTables: {
      sessions: `${database}.session_segments`,
      visitors: `${database}.visitor_first_sessions`,
      states: true,
    },
  };
}
