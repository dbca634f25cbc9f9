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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the file up to the latest schema; each migration commits on its own. */
export async function runMigrations(connection: DuckDBConnection): Promise<void> {
  await connection.run(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at BIGINT NOT NULL)`,
  );
  const reader = await connection.runAndReadAll('SELECT max(version) AS v FROM schema_migrations');
  const current = Number(reader.getRowObjectsJS()[0]?.v ?? 0);
  if (current > LATEST_SCHEMA_VERSION) {
    throw new Error(
      `the data file has schema version ${current}, newer than this server's ${LATEST_SCHEMA_VERSION}; upgrade the server`,
    );
  }
  for (const migration of MIGRATIONS.filter((m) => m.version > current)) {
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
