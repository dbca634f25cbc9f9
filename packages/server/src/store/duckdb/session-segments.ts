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
   RETURNING project_id, session_id, first_ts, pointer, country`;

const VISITORS_UPSERT = (source: string) =>
  `INSERT INTO visitor_first_sessions
   SELECT project_id, anonymous_id, f.ts, f.id, f.session_id
   FROM (
     SELECT project_id, anonymous_id, arg_min({'ts': ts, 'id': id, 'session_id': session_id}, (ts, id)) AS f
     FROM ${source} GROUP BY project_id, anonymous_id
   )
   ON CONFLICT (project_id, anonymous_id) DO UPDATE SET ${['first_ts', 'first_id', 'session_id'].map(fromFirst).join(', ')}
   RETURNING project_id, anonymous_id, first_ts`;

/** The columns of `segment_backlog`, from rows shaped like `events` (the ingest staging table). */
export const BACKLOG_INSERT = (source: string) =>
  `INSERT INTO segment_backlog
   SELECT project_id, session_id, anonymous_id, ts, id, viewport_w, utm_source, utm_medium, utm_campaign,
     referrer_domain, pointer, country
   FROM ${source}`;

/** A session as stored: the time of its first event, its pointer and country. */
interface StoredSession {
  firstTs: number;
  pointer: string;
  country: string;
}

// Bounds memory; a session or visitor that fell out only costs one backlog row more.
const REMEMBERED = 200_000;

const keyOf = (projectId: string, id: string) => `${projectId}\u0000${id}`;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value as string);
}

export interface StoredEvent {
  projectId: string;
  event: SightlineEvent;
  country: string;
}

/**
 * What this process knows the segment tables hold, so that a group whose events change no
 * session or visitor (a session's later events: the common case) writes no backlog. Only folded
 * state goes in, and only the upkeep connection folds, so nothing else can make it stale. Rows
 * still in the backlog can only make a segment earlier or raise its maxima, so comparing with
 * the folded state stages too much, never too little.
 */
export class StoredSegments {
  private readonly sessions = new Map<string, StoredSession>();
  private readonly visitors = new Map<string, number>();

  /** Strictly later, so ties on `ts` (decided by id, in DuckDB's string order) always go to SQL. */
  changedBy(events: readonly StoredEvent[]): boolean {
    return events.some(({ projectId, event, country }) => {
      const session = this.sessions.get(keyOf(projectId, event.sessionId));
      const firstTs = this.visitors.get(keyOf(projectId, event.anonymousId));
      if (session === undefined || firstTs === undefined) return true;
      if (event.ts <= session.firstTs || event.ts <= firstTs) return true;
      const pointer = pointerOf(event);
      return (pointer !== '' && pointer !== session.pointer) || (country !== '' && country !== session.country);
    });
  }

  /**
   * Folds the backlog into `session_segments` and `visitor_first_sessions` and empties it, in one
   * transaction. Every column is a minimum by (ts, id) or a maximum, so the order in which a
   * session's events arrive, and how they are split into groups and folds, does not change the
   * result. The DELETE removes only the rows this transaction saw: rows an ingest commit adds
   * meanwhile wait for the next fold.
   */
  async fold(connection: DuckDBConnection): Promise<void> {
    await connection.run('BEGIN TRANSACTION');
    let sessions: Record<string, unknown>[];
    let visitors: Record<string, unknown>[];
    try {
      sessions = (await connection.runAndReadAll(SESSIONS_UPSERT('segment_backlog'))).getRowObjectsJS();
      visitors = (await connection.runAndReadAll(VISITORS_UPSERT('segment_backlog'))).getRowObjectsJS();
      await connection.run('DELETE FROM segment_backlog');
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
    for (const row of sessions) {
      remember(this.sessions, keyOf(String(row.project_id), String(row.session_id)), {
        firstTs: Number(row.first_ts),
        pointer: String(row.pointer),
        country: String(row.country),
      });
    }
    for (const row of visitors) {
      remember(this.visitors, keyOf(String(row.project_id), String(row.anonymous_id)), Number(row.first_ts));
    }
  }
}
