// Query latency over 10M stored events in DuckDB, and a Parquet export of all of them.
// Usage: node packages/server/bench/queries.mjs [events]   (default 10,000,000)
// BENCH_DATA=<file> keeps the generated file; BENCH_REVISION=<git revision> times that revision's
// server instead (on a file of its schema version), for a baseline in the same run.
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BENCH_T0, generateEvents } from './support/generate.mjs';
import { loadServer } from './support/load-server.mjs';

const COUNT = Number(process.argv[2] ?? 10_000_000);
const RUNS = 5;
const READ_KEY = 'sl_r_benchmarkbenchmarkbench';

const QUERIES = {
  'click heatmap, one URL': '/v1/query/heatmap/clicks?url=/p3',
  'click heatmap, one URL, mobile only': '/v1/query/heatmap/clicks?url=/p3&device=mobile',
  'scroll map, one URL': '/v1/query/scrollmap?url=/p3',
  'sessions sorted by a score (top 50)': '/v1/query/sessions?sort=engagement&limit=50',
  '4-step funnel': '/v1/query/funnel?step=url:/p0&step=type:click&step=url:/p1&step=type:score',
  '4-step funnel, returning visitors': '/v1/query/funnel?step=url:/p0&step=type:click&step=url:/p1&step=type:score&visitor=returning',
  'scroll map, one URL, from google': '/v1/query/scrollmap?url=/p3&utmSource=google',
  'move heatmap, one URL': '/v1/query/heatmap/moves?url=/p3',
  'frustration elements': '/v1/query/frustration/elements',
  'event counts per day': '/v1/query/counts?interval=day',
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`${new Date().toISOString()}  node ${process.version}  nproc ${cpus().length}  ${COUNT.toLocaleString('en')} events`);
const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-queries-'));
// BENCH_DATA keeps the generated file (and reuses it when it exists): generating takes minutes.
const file = process.env.BENCH_DATA ?? join(dir, 'bench.duckdb');
const { createDuckDbStore, startServer } = await loadServer();
try {
  let started = performance.now();
  if (!existsSync(file)) {
    await (await createDuckDbStore({ path: file })).close();
    await generateEvents(file, COUNT);
    console.log(`generated in ${((performance.now() - started) / 1000).toFixed(1)} s, file ${((await stat(file)).size / 1e6).toFixed(0)} MB`);
  }
  const server = await startServer({ port: 0, dataPath: file, projectId: 'bench', readKey: READ_KEY, logger: false, rateLimit: false });
  const get = async (path) => {
    const res = await fetch(`${server.url}${path}`, { headers: { 'x-sightline-key': READ_KEY } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res;
  };
  try {
    for (const [name, path] of Object.entries(QUERIES)) {
      const times = [];
      for (let run = 0; run <= RUNS; run++) {
        const t = performance.now();
        await (await get(path)).json();
        if (run > 0) times.push(performance.now() - t); // the first run warms caches
      }
      console.log(`${name}: median ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')})`);
    }
    if (!process.env.BENCH_SKIP_EXPORT) {
      started = performance.now();
      const out = join(dir, 'export.parquet');
      const res = await get(`/v1/export?from=${BENCH_T0}`);
      await pipeline(Readable.fromWeb(res.body), createWriteStream(out));
      console.log(`export to Parquet: ${((performance.now() - started) / 1000).toFixed(1)} s, ${((await stat(out)).size / 1e6).toFixed(0)} MB`);
    }
  } finally {
    await server.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
