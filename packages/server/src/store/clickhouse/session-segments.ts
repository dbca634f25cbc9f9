import { FIRST_EVENT_COLUMNS } from '../../query/segment';
import type { ClickHouseLayout } from './schema';

// Aliases differ from the events' column names: ClickHouse would read an alias named like the
// column inside its own aggregate.
const SESSION_STATES = `argMinState(tuple(${FIRST_EVENT_COLUMNS.join(', ')}), tuple(ts, id)) AS first_event,
  maxState(pointer) AS pointer_max, maxState(country) AS country_max`;
const VISITOR_STATES = `argMinState(session_id, tuple(ts, id)) AS first_session`;

/**
 * Session segment attributes and each visitor's first session as aggregate states, kept by
 * materialised views on each node's events table. argMin and max give the same result whatever
 * the order of the events and however often one is counted (a retried insert, the backfill
 * overlapping the view), so no dedupe is needed; queries merge the states (`segment.ts`).
 */
export function sessionSegmentStatements(layout: ClickHouseLayout): string[] {
  const db = layout.database;
  const local = (table: string) => (layout.cluster ? `${db}.${table}_local` : `${db}.${table}`);
  const events = local('events');
  const statements = [
    `CREATE TABLE IF NOT EXISTS ${local('session_segments')} (project_id String, session_id String,
       first_event AggregateFunction(argMin, Tuple(Int64, String, String, String, String), Tuple(Int64, String)),
       pointer_max AggregateFunction(max, String), country_max AggregateFunction(max, String))
     ENGINE = AggregatingMergeTree ORDER BY (project_id, session_id)`,
    `CREATE TABLE IF NOT EXISTS ${local('visitor_first_sessions')} (project_id String, anonymous_id String,
       first_session AggregateFunction(argMin, String, Tuple(Int64, String)))
     ENGINE = AggregatingMergeTree ORDER BY (project_id, anonymous_id)`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.session_segments_view TO ${local('session_segments')}
     AS SELECT project_id, session_id, ${SESSION_STATES} FROM ${events} GROUP BY project_id, session_id`,
    `CREATE MATERIALIZED VIEW IF NOT EXISTS ${db}.visitor_first_sessions_view TO ${local('visitor_first_sessions')}
     AS SELECT project_id, anonymous_id, ${VISITOR_STATES} FROM ${events} GROUP BY project_id, anonymous_id`,
    // The events stored before the views: counting some twice does no harm.
    `INSERT INTO ${local('session_segments')} SELECT project_id, session_id, ${SESSION_STATES} FROM ${events} GROUP BY project_id, session_id`,
    `INSERT INTO ${local('visitor_first_sessions')} SELECT project_id, anonymous_id, ${VISITOR_STATES} FROM ${events} GROUP BY project_id, anonymous_id`,
  ];
  if (layout.cluster) {
    for (const table of ['session_segments', 'visitor_first_sessions']) {
      statements.push(
        `CREATE TABLE IF NOT EXISTS ${db}.${table} AS ${db}.${table}_local
         ENGINE = Distributed(${layout.cluster}, ${db}, ${table}_local, rand())`,
      );
    }
  }
  return statements;
}
