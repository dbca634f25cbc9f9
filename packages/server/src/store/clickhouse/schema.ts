/** Where the tables live: one node, or a cluster with local tables behind Distributed ones. */
export interface ClickHouseLayout {
  database: string;
  /** A cluster from `remote_servers`; without it the node holds the tables itself. */
  cluster?: string;
}

// DateTime in seconds plus Int64 ms, String instead of LowCardinality: ClickHouse 18 has no better.
const EVENT_COLUMNS = `
  project_id String, id String, type String, name Nullable(String), ts Int64, time DateTime,
  session_id String, anonymous_id String, user_id Nullable(String),
  url String, path String, title String, referrer String,
  viewport_w Int64, viewport_h Int64, doc_height Int64,
  target_selector Nullable(String), target_tag Nullable(String), target_text Nullable(String),
  target_href Nullable(String),
  page_x Nullable(Float64), page_y Nullable(Float64), rel_x Nullable(Float64), rel_y Nullable(Float64),
  props Nullable(String), event String, received_at Int64,
  pointer String, utm_source String, utm_medium String, utm_campaign String, referrer_domain String,
  country String, points Array(Array(Float64))`;

const KEY_COLUMNS = `key String, project_id String, kind String, created_at Int64,
  revoked_at Nullable(Int64), version UInt64`;

/** The name queries use: the Distributed table in a cluster, the MergeTree table otherwise. */
const localName = (layout: ClickHouseLayout, table: string) => (layout.cluster ? `${table}_local` : table);

/**
 * Both tables replace rows with the same sort key, so a retried event or an updated key is
 * stored once after merges, and FINAL hides the copies before that. Events are sharded by
 * session so that a session's events, and their dedupe, stay on one shard.
 */
export function tableStatements(layout: ClickHouseLayout): string[] {
  const db = layout.database;
  const statements = [
    `CREATE TABLE IF NOT EXISTS ${db}.${localName(layout, 'events')} (${EVENT_COLUMNS})
     ENGINE = ReplacingMergeTree PARTITION BY toDate(time) ORDER BY (project_id, session_id, ts, id)`,
    `CREATE TABLE IF NOT EXISTS ${db}.${localName(layout, 'keys')} (${KEY_COLUMNS})
     ENGINE = ReplacingMergeTree(version) ORDER BY key`,
  ];
  if (layout.cluster) {
    statements.push(
      `CREATE TABLE IF NOT EXISTS ${db}.events AS ${db}.events_local
       ENGINE = Distributed(${layout.cluster}, ${db}, events_local, cityHash64(session_id))`,
      `CREATE TABLE IF NOT EXISTS ${db}.keys AS ${db}.keys_local
       ENGINE = Distributed(${layout.cluster}, ${db}, keys_local, cityHash64(key))`,
    );
  }
  return statements;
}

/** Definitions change rarely and are read whole: one shard by project, newest version wins. */
export function definitionStatements(layout: ClickHouseLayout): string[] {
  const db = layout.database;
  const statements = [
    `CREATE TABLE IF NOT EXISTS ${db}.${localName(layout, 'definitions')}
     (project_id String, name String, matcher String, updated_at Int64, deleted UInt8, version UInt64)
     ENGINE = ReplacingMergeTree(version) ORDER BY (project_id, name)`,
  ];
  if (layout.cluster) {
    statements.push(
      `CREATE TABLE IF NOT EXISTS ${db}.definitions AS ${db}.definitions_local
       ENGINE = Distributed(${layout.cluster}, ${db}, definitions_local, cityHash64(project_id))`,
    );
  }
  return statements;
}

/**
 * Recordings beside events, sharded by session like them so a session's chunks stay on one
 * shard. A chunk is rewritten (a higher version) once the pieces of lines it holds are joined;
 * FINAL reads the newest. Snapshots are written once per (session, ts, seq).
 */
export function replayStatements(layout: ClickHouseLayout): string[] {
  const db = layout.database;
  const statements = [
    `CREATE TABLE IF NOT EXISTS ${db}.${localName(layout, 'replay_chunks')}
     (project_id String, session_id String, seq Int64, event_id String, start_ts Int64, end_ts Int64,
      event_count Int64, received_at Int64, events String, newline UInt8,
      head Nullable(String), tail Nullable(String), version UInt64)
     ENGINE = ReplacingMergeTree(version) ORDER BY (project_id, session_id, seq)`,
    `CREATE TABLE IF NOT EXISTS ${db}.${localName(layout, 'replay_snapshots')}
     (project_id String, session_id String, seq Int64, ts Int64, url String, path String, width Int64, height Int64)
     ENGINE = ReplacingMergeTree ORDER BY (project_id, session_id, ts, seq)`,
  ];
  if (layout.cluster) {
    for (const table of ['replay_chunks', 'replay_snapshots']) {
      statements.push(
        `CREATE TABLE IF NOT EXISTS ${db}.${table} AS ${db}.${table}_local
         ENGINE = Distributed(${layout.cluster}, ${db}, ${table}_local, cityHash64(session_id))`,
      );
    }
  }
  return statements;
}
