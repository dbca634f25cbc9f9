import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { DuckDBInstance } from '@duckdb/node-api';
import { baseWhere, type TimeRange } from '../query/range';
import { quoteString } from '../query/sql-literal';
import type { EventStore } from '../store/event-store';
import { EXPORT_COLUMNS, exportSql } from './export-query';

export type Progress = (fraction: number) => void;

/**
 * Writes a project's events in a time range to a Parquet file (zstd). DuckDB writes it straight
 * from its table; other stores stream rows into a temporary NDJSON file that an in-memory DuckDB
 * turns into Parquet, so memory stays flat however large the export.
 */
export async function exportParquet(
  store: EventStore,
  projectId: string,
  range: TimeRange,
  path: string,
  progress?: Progress,
): Promise<void> {
  const { reader } = store;
  const sql = exportSql(reader.dialect, projectId, range);
  if (reader.copyToParquet) return reader.copyToParquet(sql, path, progress);
  const temp = await mkdtemp(join(tmpdir(), 'sightline-export-'));
  try {
    const ndjson = join(temp, 'events.ndjson');
    await spoolRows(store, projectId, range, sql, ndjson, progress);
    await ndjsonToParquet(ndjson, path);
    progress?.(1);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}

async function spoolRows(store: EventStore, projectId: string, range: TimeRange, sql: string, file: string, progress?: Progress) {
  const total = progress ? await countInRange(store, projectId, range) : 0;
  const out = createWriteStream(file);
  let rows = 0;
  for await (const row of store.reader.stream(sql)) {
    if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
    if (progress && ++rows % 5_000 === 0 && total > 0) progress(Math.min(rows / total, 0.99) * 0.9);
  }
  out.end();
  await once(out, 'close');
}

async function ndjsonToParquet(ndjson: string, path: string): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const columns = EXPORT_COLUMNS.map(([name, type]) => `${name}: '${type}'`).join(', ');
    await connection.run(
      `COPY (SELECT * FROM read_json(${quoteString(ndjson, 'standard')}, format = 'newline_delimited', columns = {${columns}}))
       TO ${quoteString(path, 'standard')} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function countInRange(store: EventStore, projectId: string, range: TimeRange): Promise<number> {
  const d = store.reader.dialect;
  const [row] = await store.reader.rows(`SELECT count(*) AS n FROM ${d.events} WHERE ${baseWhere(d, projectId, range)}`);
  return Number(row?.n ?? 0);
}
