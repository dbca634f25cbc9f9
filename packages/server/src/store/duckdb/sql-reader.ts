import type { DuckDBConnection } from '@duckdb/node-api';
import { duckDbDialect } from '../../query/dialect';
import { quoteString } from '../../query/sql-literal';
import type { SqlReader, SqlRow } from '../event-store';
import type { DuckDb } from './database';

/** BigInt stays inside the store: JSON answers need numbers. */
function plain(row: Record<string, unknown>): SqlRow {
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (typeof value === 'bigint') row[key] = Number(value);
  }
  return row;
}

async function* streamRows(connection: DuckDBConnection, sql: string): AsyncGenerator<SqlRow> {
  const result = await connection.stream(sql);
  for await (const rows of result.yieldRowObjectJs()) for (const row of rows) yield plain(row);
}

/** `settle` runs before every query: what the query reads must be up to date (segment-keeper.ts). */
export function createDuckDbReader(db: DuckDb, settle: () => Promise<void> = async () => undefined): SqlReader {
  return {
    dialect: duckDbDialect,
    rows: async (sql) => {
      await settle();
      return db.read(async (c) => (await c.runAndReadAll(sql)).getRowObjectsJS().map(plain));
    },
    async *stream(sql) {
      await settle();
      const { connection, release } = await db.lease();
      try {
        yield* streamRows(connection, sql);
      } finally {
        release();
      }
    },
    async copyToParquet(sql, path, progress) {
      await settle();
      const { connection, release } = await db.lease();
      // DuckDB reports a running query's progress on its connection; poll it for the caller.
      const timer = progress && setInterval(() => {
        const percentage = connection.progress.percentage;
        if (percentage >= 0) progress(Math.min(percentage / 100, 1));
      }, 200);
      try {
        await connection.run(`COPY (${sql}) TO ${quoteString(path, 'standard')} (FORMAT parquet, COMPRESSION zstd)`);
        progress?.(1);
      } finally {
        if (timer) clearInterval(timer);
        release();
      }
    },
  };
}
