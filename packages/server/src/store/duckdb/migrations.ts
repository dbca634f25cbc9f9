import type { DuckDBConnection } from '@duckdb/node-api';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Append-only: a released migration is never edited, a change is a new version.
 * Times are BIGINT epoch ms throughout, like the events' own `ts`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events and keys',
    sql: `
      CREATE TABLE events (
        project_id VARCHAR NOT NULL,
        id VARCHAR NOT NULL,
        type VARCHAR NOT NULL,
        name VARCHAR,
        ts BIGINT NOT NULL,
        session_id VARCHAR NOT NULL,
        anonymous_id VARCHAR NOT NULL,
        user_id VARCHAR,
        url VARCHAR NOT NULL,
        path VARCHAR NOT NULL,
        title VARCHAR NOT NULL,
        referrer VARCHAR NOT NULL,
        viewport_w BIGINT NOT NULL,
        viewport_h BIGINT NOT NULL,
        doc_height BIGINT NOT NULL,
        target_selector VARCHAR,
        target_tag VARCHAR,
        target_text VARCHAR,
        target_href VARCHAR,
        page_x DOUBLE,
        page_y DOUBLE,
        rel_x DOUBLE,
        rel_y DOUBLE,
        props JSON,
        event JSON NOT NULL,
        received_at BIGINT NOT NULL,
        PRIMARY KEY (project_id, id)
      );
      CREATE TABLE keys (
        key VARCHAR PRIMARY KEY,
        project_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL CHECK (kind IN ('write', 'read')),
        created_at BIGINT NOT NULL,
        revoked_at BIGINT
      );
    `,
  },
  {
    version: 2,
    name: 'segment columns',
    // Backfilled with SQL close to deriveColumns: rows from before this version get the same segments.
    sql: `
      ALTER TABLE events ADD COLUMN pointer VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN utm_source VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN utm_medium VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN utm_campaign VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN referrer_domain VARCHAR DEFAULT '';
      ALTER TABLE events ADD COLUMN country VARCHAR DEFAULT '';
      UPDATE events SET
        pointer = coalesce(CASE WHEN props->>'pointer' IN ('coarse', 'fine') THEN props->>'pointer' END, ''),
        utm_source = coalesce(regexp_extract(url, '[?&]utm_source=([^&#]*)', 1), ''),
        utm_medium = coalesce(regexp_extract(url, '[?&]utm_medium=([^&#]*)', 1), ''),
        utm_campaign = coalesce(regexp_extract(url, '[?&]utm_campaign=([^&#]*)', 1), ''),
        referrer_domain = coalesce(regexp_replace(lower(regexp_extract(referrer, '^[a-zA-Z]+://([^/:?#]+)', 1)), '^www[.]', ''), '');
      UPDATE events SET referrer_domain = ''
        WHERE referrer_domain = regexp_replace(lower(regexp_extract(url, '^[a-zA-Z]+://([^/:?#]+)', 1)), '^www[.]', '');
    `,
  },
  {
    version: 3,
    name: 'event definitions',
    sql: `
      CREATE TABLE definitions (
        project_id VARCHAR NOT NULL,
        name VARCHAR NOT NULL,
        matcher JSON NOT NULL,
        updated_at BIGINT NOT NULL,
        PRIMARY KEY (project_id, name)
      );
    `,
  },
  {
    version: 4,
    name: 'replay chunks and snapshots',
    // Recordings apart from events: one row per chunk, cleaned events as JSON text, and the raw
    // pieces of lines that span chunks until they are joined (src/replay/store-chunks.ts).
    sql: `
      CREATE TABLE replay_chunks (
        project_id VARCHAR NOT NULL,
        session_id VARCHAR NOT NULL,
        seq BIGINT NOT NULL,
        event_id VARCHAR NOT NULL,
        start_ts BIGINT NOT NULL,
        end_ts BIGINT NOT NULL,
        event_count BIGINT NOT NULL,
        received_at BIGINT NOT NULL,
        events VARCHAR NOT NULL,
        newline BOOLEAN NOT NULL,
        head VARCHAR,
        tail VARCHAR,
        PRIMARY KEY (project_id, session_id, seq)
      );
      CREATE TABLE replay_snapshots (
        project_id VARCHAR NOT NULL,
        session_id VARCHAR NOT NULL,
        seq BIGINT NOT NULL,
        ts BIGINT NOT NULL,
        url VARCHAR NOT NULL,
        path VARCHAR NOT NULL,
        width BIGINT NOT NULL,
        height BIGINT NOT NULL,
        PRIMARY KEY (project_id, session_id, ts, seq)
      );
    `,
  },
  {
    version: 5,
    name: 'session segments',
    // Segment attributes per session and each visitor's first session, kept at insert
    // (session-segments.ts) so segment filters read one row per session, not all history.
    // The first event is the least (ts, id); the backfill below is the same rule over all events.
    sql: `
      CREATE TABLE session_segments (
        project_id VARCHAR NOT NULL,
        session_id VARCHAR NOT NULL,
        first_ts BIGINT NOT NULL,
        first_id VARCHAR NOT NULL,
        viewport_w BIGINT NOT NULL,
        utm_source VARCHAR NOT NULL,
        utm_medium VARCHAR NOT NULL,
        utm_campaign VARCHAR NOT NULL,
        referrer_domain VARCHAR NOT NULL,
        pointer VARCHAR NOT NULL,
        country VARCHAR NOT NULL,
        PRIMARY KEY (project_id, session_id)
      );
      CREATE TABLE visitor_first_sessions (
        project_id VARCHAR NOT NULL,
        anonymous_id VARCHAR NOT NULL,
        first_ts BIGINT NOT NULL,
        first_id VARCHAR NOT NULL,
        session_id VARCHAR NOT NULL,
        PRIMARY KEY (project_id, anonymous_id)
      );
      INSERT INTO session_segments
        SELECT project_id, session_id, f.ts, f.id, f.viewport_w, f.utm_source, f.utm_medium, f.utm_campaign,
          f.referrer_domain, pointer, country
        FROM (
          SELECT project_id, session_id, max(coalesce(pointer, '')) AS pointer, max(coalesce(country, '')) AS country,
            arg_min({'ts': ts, 'id': id, 'viewport_w': viewport_w, 'utm_source': coalesce(utm_source, ''),
              'utm_medium': coalesce(utm_medium, ''), 'utm_campaign': coalesce(utm_campaign, ''),
              'referrer_domain': coalesce(referrer_domain, '')}, (ts, id)) AS f
          FROM events GROUP BY project_id, session_id
        );
      INSERT INTO visitor_first_sessions
        SELECT project_id, anonymous_id, f.ts, f.id, f.session_id
        FROM (
          SELECT project_id, anonymous_id, arg_min({'ts': ts, 'id': id, 'session_id': session_id}, (ts, id)) AS f
          FROM events GROUP BY project_id, anonymous_id
        );
    `,
  },
  {
    version: 6,
    name: 'segment backlog',
    // Rows that may change a session segment, written in the ingest transaction and folded into
    // the segment tables by a later upkeep transaction (segment-keeper.ts); durable with the
    // events they come from, so a crash between the two loses no segment.
    sql: `
      CREATE TABLE segment_backlog (
        project_id VARCHAR NOT NULL,
        session_id VARCHAR NOT NULL,
        anonymous_id VARCHAR NOT NULL,
        ts BIGINT NOT NULL,
        id VARCHAR NOT NULL,
        viewport_w BIGINT NOT NULL,
        utm_source VARCHAR NOT NULL,
        utm_medium VARCHAR NOT NULL,
        utm_campaign VARCHAR NOT NULL,
        referrer_domain VARCHAR NOT NULL,
        pointer VARCHAR NOT NULL,
        country VARCHAR NOT NULL
      );
    `,
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** Brings the file up to the latest schema; each migration commits on its own. */
export async function runMigrations(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at BIGINT NOT NULL)`,
  );
  const reader = await connection.runAndReadAll('SELECT version FROM schema_migrations');
  const applied = new Set(reader.getRowsJS().map(([version]) => Number(version)));
  const current = Math.max(0, ...applied);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `the data file has schema version ${current}, newer than this server's ${LATEST_SCHEMA_VERSION}; upgrade the server`,
    );
  }
  // By set, not by the highest version: versions may land out of order, and a gap is filled later.
  for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version))) {
    await connection.run('BEGIN TRANSACTION');
    try {
      await connection.run(migration.sql);
      await connection.run('INSERT INTO schema_migrations VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  }
}
