import type { DuckDBConnection } from '@duckdb/node-api';

/** True when (first_ts, first_id) of the incoming row sorts before the stored one. */
const EARLIER = `(excluded.first_ts < first_ts OR (excluded.first_ts = first_ts AND excluded.first_id < first_id))`;
const fromFirst = (column: string) => `${column} = CASE WHEN ${EARLIER} THEN excluded.${column} ELSE ${column} END`;

/**
 * Folds newly stored events (`source`, each event once) into `session_segments` and
 * `visitor_first_sessions`. Every column is a minimum by (ts, id) or a maximum, so the order in
 * which a session's events arrive, and how they are split into groups, does not change the result.
 */
export async function updateSessionSegments(connection: DuckDBConnection, source: string): Promise<void> {
  await connection.run(
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
       pointer = greatest(pointer, excluded.pointer), country = greatest(country, excluded.country)`,
  );
  await connection.run(
    `INSERT INTO visitor_first_sessions
     SELECT project_id, anonymous_id, f.ts, f.id, f.session_id
     FROM (
       SELECT project_id, anonymous_id, arg_min({'ts': ts, 'id': id, 'session_id': session_id}, (ts, id)) AS f
       FROM ${source} GROUP BY project_id, anonymous_id
     )
     ON CONFLICT (project_id, anonymous_id) DO UPDATE SET
       ${['first_ts', 'first_id', 'session_id'].map(fromFirst).join(', ')}`,
  );
}
