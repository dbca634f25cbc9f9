import type { DuckDBConnection } from '@duckdb/node-api';
import type { SightlineEvent } from '@sightline/core';
import { pointerOf } from '../derived-columns';

/** True when (first_ts, first_id) of the incoming row sorts before the stored one. */
const EARLIER = `(excluded.first_ts < first_ts OR (excluded.first_ts = first_ts AND excluded.first_id < first_id))`;
const fromFirst = (column: string) => `${column} = CASE WHEN ${EARLIER} THEN excluded.${column} ELSE ${column} END`;

const SESSIONS_UPSERT = (source: string) =>
  `INSERT INTO session_segments
   SELECT project_id, session_id, f.ts, f.id, f.viewport_w, f.utm_source, f.utm_medium, f.utm_campaign,
     f.referrer_domain, pointer, country
   FROM (
     SELECT project_id, session_id, max(pointer) AS pointer, max(country) AS country,
       arg_min({'ts': ts, 'id': id, 'viewport_w': viewport_w, 'utm_source': utm_source, 'utm_medium': utm_medium,
         'utm_campaign': utm_campaign, 'referrer_domain': referrer_domain}, (ts, id)) AS f
     FROM ${source} GROUP BY project_id, session_id
   )
   ON CONFLICT (project_id, session_id) DO UPDATE SET
     ${['first_ts', 'first_id', 'viewport_w', 'utm_source', 'utm_medium', 'utm_campaign', 'referrer_domain'].map(fromFirst).join(', ')},
     pointer = greatest(pointer, excluded.pointer), country = greatest(country, excluded.country)
   RETURNING project_id, session_id, first_ts, pointer`;

const VISITORS_UPSERT = (source: string) =>
  `INSERT INTO visitor_first_sessions
   SELECT project_id, anonymous_id, f.ts, f.id, f.session_id
   FROM (
     SELECT project_id, anonymous_id, arg_min({'ts': ts, 'id': id, 'session_id': session_id}, (ts, id)) AS f
     FROM ${source} GROUP BY project_id, anonymous_id
   )
   ON CONFLICT (project_id, anonymous_id) DO UPDATE SET ${['first_ts', 'first_id', 'session_id'].map(fromFirst).join(', ')}
   RETURNING project_id, anonymous_id, first_ts`;

/** A session as stored: the time of its first event and its pointer. */
interface StoredSession {
  firstTs: number;
  pointer: string;
}

// Bounds memory; a session or visitor that fell out only costs one upsert more.
const REMEMBERED = 200_000;

/**
 * What this process knows is stored, so that a group whose events change no session or visitor
 * (a session's later events: the common case) skips both upserts. Only committed state goes in;
 * the writer connection is the only one writing, so nothing else can make it stale.
 */
class StoredSegments {
  readonly sessions = new Map<string, StoredSession>();
  readonly visitors = new Map<string, number>();

  static remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > REMEMBERED) map.delete(map.keys().next().value as string);
  }
}

const known = new WeakMap<DuckDBConnection, StoredSegments>();

const keyOf = (projectId: string, id: string) => `${projectId}\u0000${id}`;

/** Strictly later, so ties on `ts` (decided by id, in DuckDB's string order) always go to SQL. */
function changesSessions(stored: StoredSegments, events: ReadonlyArray<{ projectId: string; event: SightlineEvent }>): boolean {
  return events.some(({ projectId, event }) => {
    const session = stored.sessions.get(keyOf(projectId, event.sessionId));
    const pointer = pointerOf(event);
    // The insert path stores country '' (no geo lookup yet), which never raises the maximum.
    return session === undefined || event.ts <= session.firstTs || (pointer !== '' && pointer !== session.pointer);
  });
}

function changesVisitors(stored: StoredSegments, events: ReadonlyArray<{ projectId: string; event: SightlineEvent }>): boolean {
  return events.some(({ projectId, event }) => {
    const firstTs = stored.visitors.get(keyOf(projectId, event.anonymousId));
    return firstTs === undefined || event.ts <= firstTs;
  });
}

/**
 * Folds newly stored events (`source` holds them, each once; `events` are the same in JS) into
 * `session_segments` and `visitor_first_sessions`. Every column is a minimum by (ts, id) or a
 * maximum, so the order in which a session's events arrive, and how they are split into groups,
 * does not change the result. Returns what to remember once the transaction has committed.
 */
export async function updateSessionSegments(
  connection: DuckDBConnection,
  source: string,
  events: ReadonlyArray<{ projectId: string; event: SightlineEvent }>,
): Promise<() => void> {
  const stored = known.get(connection) ?? new StoredSegments();
  known.set(connection, stored);
  const sessions = changesSessions(stored, events)
    ? (await connection.runAndReadAll(SESSIONS_UPSERT(source))).getRowObjectsJS()
    : [];
  const visitors = changesVisitors(stored, events)
    ? (await connection.runAndReadAll(VISITORS_UPSERT(source))).getRowObjectsJS()
    : [];
  return () => {
    for (const row of sessions) {
      StoredSegments.remember(stored.sessions, keyOf(String(row.project_id), String(row.session_id)), {
        firstTs: Number(row.first_ts),
        pointer: String(row.pointer),
      });
    }
    for (const row of visitors) {
      StoredSegments.remember(stored.visitors, keyOf(String(row.project_id), String(row.anonymous_id)), Number(row.first_ts));
    }
  };
}
