import type { SqlReader } from '../store/event-store';
import type { Dialect } from './dialect';
import type { DeviceClass } from './segment';
import { FRUSTRATION_SIGNALS, type FrustrationSignal } from './signals';
import { quoteNumber, scoreKey } from './sql-literal';
import { matcherSql } from './matcher';
import { num, type QueryScope, scopeWhere } from './scope';

export interface SessionsParams {
  /** Only sessions with an event on this URL (same syntax as a definition's `url`). */
  url?: string;
  /** Latest score at least / at most this, by model id. */
  min: Record<string, number>;
  max: Record<string, number>;
  /** Only sessions with at least one event of each of these types. */
  signals: string[];
  /** `started`, `duration`, `events`, or a score id. */
  sort: string;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface SessionSummary {
  sessionId: string;
  anonymousId: string;
  userId: string | null;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  events: number;
  pageviews: number;
  entryUrl: string;
  device: DeviceClass;
  /** The session's latest `score` event's props; {} when it sent none. */
  scores: Record<string, number>;
  signals: Record<FrustrationSignal, number>;
}

const BUILT_IN_SORTS: Record<string, string> = { started: 'started_at', duration: 'duration_ms', events: 'event_count' };

/** One row per session with events in the scope; a session's score is its latest `score` event. */
export async function listSessions(reader: SqlReader, scope: QueryScope, params: SessionsParams): Promise<SessionSummary[]> {
  const d = reader.dialect;
  const where = [scopeWhere(d, scope)];
  if (params.url !== undefined) {
    where.push(`session_id IN (SELECT session_id FROM ${d.events} WHERE ${scopeWhere(d, scope)} AND ${matcherSql(d, { url: params.url })})`);
  }
  for (const signal of params.signals) {
    where.push(`session_id IN (SELECT session_id FROM ${d.events} WHERE ${scopeWhere(d, scope)} AND type = ${d.str(signal)})`);
  }
  const score = (key: string) => scoreValue(d, 'latest_score', key);
  const having = [
    ...Object.entries(params.min).map(([id, value]) => `${score(id)} >= ${quoteNumber(value)}`),
    ...Object.entries(params.max).map(([id, value]) => `${score(id)} <= ${quoteNumber(value)}`),
  ];
  const sortKey = BUILT_IN_SORTS[params.sort] ?? score(params.sort);
  const direction = params.order === 'asc' ? 'ASC' : 'DESC';
  const ids = await shortlist(reader, where.join(' AND '), params, having, direction);
  if (ids?.length === 0) return [];
  if (ids) where.push(`session_id IN (${ids.map(d.str).join(', ')})`);
  const signalColumns = FRUSTRATION_SIGNALS.map(
    (signal) => `sum(CASE WHEN type = ${d.str(signal)} THEN 1 ELSE 0 END) AS ${signal}`,
  );
  const rows = await reader.rows(
    `SELECT * FROM (
       SELECT session_id, first_anon, last_user, started_at, ended_at, ended_at - started_at AS duration_ms,
         event_count, pageviews, entry_url, first_w, latest_score, ${FRUSTRATION_SIGNALS.join(', ')}
       FROM (
         SELECT session_id, argMin(anonymous_id, ts) AS first_anon, max(user_id) AS last_user,
           min(ts) AS started_at, max(ts) AS ended_at, count(*) AS event_count,
           sum(CASE WHEN type = 'pageview' THEN 1 ELSE 0 END) AS pageviews,
           argMin(url, ts) AS entry_url, argMin(viewport_w, ts) AS first_w,
           ${d.argMaxIf('props', 'ts', "type = 'score'")} AS latest_score,
           ${signalColumns.join(', ')}
         FROM ${d.events} WHERE ${where.join(' AND ')} GROUP BY session_id
       )
     )${having.length > 0 ? ` WHERE ${having.join(' AND ')}` : ''}
     ORDER BY ${sortKey} ${direction} NULLS LAST, session_id
     LIMIT ${quoteNumber(params.limit)} ${ids ? '' : `OFFSET ${quoteNumber(params.offset)}`}`,
  );
  return rows.map((row) => toSummary(row));
}

const SHORTLIST_KEYS: Record<string, string> = { started: 'min(ts)', duration: 'max(ts) - min(ts)', events: 'count(*)' };

/**
 * The page's session ids, found from the sort key alone: scanning a few columns (or only the
 * `score` events) and summarising just the page is many times cheaper on millions of events
 * than summarising every session. Undefined when only the full query orders correctly.
 */
async function shortlist(
  reader: SqlReader,
  where: string,
  params: SessionsParams,
  having: string[],
  direction: string,
): Promise<string[] | undefined> {
  const d = reader.dialect;
  const n = quoteNumber(params.limit + params.offset);
  const builtIn = SHORTLIST_KEYS[params.sort];
  let rows;
  if (builtIn !== undefined) {
    if (having.length > 0) return undefined;
    rows = await reader.rows(
      `SELECT session_id, ${builtIn} AS k FROM ${d.events} WHERE ${where} GROUP BY session_id
       ORDER BY k ${direction}, session_id LIMIT ${n}`,
    );
  } else {
    rows = await reader.rows(
      `SELECT session_id, ${scoreValue(d, 'latest_score', params.sort)} AS k FROM (
         SELECT session_id, argMax(props, ts) AS latest_score FROM ${d.events} WHERE ${where} AND type = 'score' GROUP BY session_id
       )${having.length > 0 ? ` WHERE ${having.join(' AND ')}` : ''}
       ORDER BY k ${direction} NULLS LAST, session_id LIMIT ${n}`,
    );
    // Sessions without a score (or without this one) sort last by id: they may belong on the page.
    const last = rows[rows.length - 1];
    if (having.length === 0 && (rows.length < params.limit + params.offset || last?.k === null || last?.k === undefined)) {
      return undefined;
    }
  }
  return rows.slice(params.offset).map((row) => String(row.session_id));
}

function toSummary(row: Record<string, unknown>): SessionSummary {
  const scores: Record<string, number> = {};
  const parsed: unknown = typeof row.latest_score === 'string' && row.latest_score !== '' ? JSON.parse(row.latest_score) : {};
  if (parsed && typeof parsed === 'object') {
    for (const [id, value] of Object.entries(parsed)) if (typeof value === 'number') scores[id] = value;
  }
  const width = num(row.first_w);
  return {
    sessionId: String(row.session_id),
    anonymousId: String(row.first_anon),
    userId: row.last_user === null || row.last_user === undefined ? null : String(row.last_user),
    startedAt: num(row.started_at),
    endedAt: num(row.ended_at),
    durationMs: num(row.duration_ms),
    events: num(row.event_count),
    pageviews: num(row.pageviews),
    entryUrl: String(row.entry_url),
    device: width < 768 ? 'mobile' : width < 1024 ? 'tablet' : 'desktop',
    scores,
    signals: Object.fromEntries(FRUSTRATION_SIGNALS.map((s) => [s, num(row[s])])) as Record<FrustrationSignal, number>,
  };
}

/**
 * A score of the latest `score` event: a flattened field as named (`frustration.score`), or for a
 * bare model id its `.score` field, falling back to a property of that very name.
 */
function scoreValue(d: Dialect, column: string, key: string): string {
  scoreKey(key);
  return key.includes('.') ? d.jsonNumber(column, key) : `coalesce(${d.jsonNumber(column, `${key}.score`)}, ${d.jsonNumber(column, key)})`;
}
