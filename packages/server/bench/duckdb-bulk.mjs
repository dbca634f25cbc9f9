// The most DuckDB itself can take of the ingest benchmark's events on this machine: one bulk
// INSERT ... SELECT from an NDJSON file, JSON parsed inside DuckDB on all its threads, into the
// events table's columns, with and without the (project_id, id) key. No HTTP, no scrub, no
// JavaScript per row: an upper bound for any ingest path that stores into DuckDB here.
// Usage: node packages/server/bench/duckdb-bulk.mjs [events]
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { makeBodies } from './support/events.mjs';

const N = Number(process.argv[2] ?? 200_000);
const RUNS = 3;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const COLUMNS = `project_id VARCHAR NOT NULL, id VARCHAR NOT NULL, type VARCHAR, ts BIGINT, session_id VARCHAR,
  anonymous_id VARCHAR, url VARCHAR, path VARCHAR, title VARCHAR, referrer VARCHAR, viewport_w BIGINT, viewport_h BIGINT,
  doc_height BIGINT, target_selector VARCHAR, target_tag VARCHAR, target_text VARCHAR, target_href VARCHAR,
  page_x DOUBLE, page_y DOUBLE, rel_x DOUBLE, rel_y DOUBLE, props VARCHAR, event VARCHAR, received_at BIGINT`;
const SELECT = `SELECT 'bench', j->>'id', j->>'type', (j->>'ts')::BIGINT, j->>'sessionId', j->>'anonymousId',
  j->'page'->>'url', j->'page'->>'path', j->'page'->>'title', j->'page'->>'referrer',
  (j->'page'->'viewport'->>'w')::BIGINT, (j->'page'->'viewport'->>'h')::BIGINT, (j->'page'->>'docHeight')::BIGINT,
  j->'target'->>'selector', j->'target'->>'tag', j->'target'->>'text', j->'target'->>'href',
  (j->'pos'->>'pageX')::DOUBLE, (j->'pos'->>'pageY')::DOUBLE, (j->'pos'->>'relX')::DOUBLE, (j->'pos'->>'relY')::DOUBLE,
  (j->'props')::VARCHAR, j::VARCHAR, 0`;

const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-bulk-'));
try {
  const file = join(dir, 'events.ndjson');
  await writeFile(file, makeBodies(N / 50).flatMap((body) => JSON.parse(body).events.map((e) => JSON.stringify(e))).join('\n'));
  console.log(`${new Date().toISOString()}  node ${process.version}  nproc ${cpus().length}  ${N} events, ${RUNS} runs`);
  for (const keyed of [false, true]) {
    const rates = [];
    for (let run = 0; run < RUNS; run++) {
      const instance = await DuckDBInstance.create(join(dir, `run-${keyed}-${run}.duckdb`));
      const c = await instance.connect();
      try {
        await c.run(`CREATE TABLE events (${COLUMNS}${keyed ? ', PRIMARY KEY (project_id, id)' : ''})`);
        const started = performance.now();
        await c.run(`INSERT INTO events ${SELECT} FROM (SELECT json AS j FROM read_ndjson_objects('${file}'))`);
        await c.run('CHECKPOINT');
        rates.push(Math.round(N / ((performance.now() - started) / 1000)));
      } finally {
        c.closeSync();
        instance.closeSync();
      }
    }
    console.log(`${keyed ? 'with the key' : 'without a key'}: ${median(rates)} events/s (runs ${rates.join(', ')})`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
