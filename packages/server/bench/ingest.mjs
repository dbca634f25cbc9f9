// Ingest throughput over HTTP: a bare Fastify handler (the ceiling), DuckDB, and a 2-shard
// ClickHouse cluster. 50-event batches of ~1 KB events; closed loop for throughput, open loop
// at 5,000 events/s for acknowledgement latency, on a fresh store for BENCH_OPEN_SECONDS (30 by
// default: long enough for DuckDB to checkpoint at least once, as it does in steady ingest).
// Usage: node packages/server/bench/ingest.mjs
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startClickHouseCluster } from '../test/support/clickhouse-cluster.mjs';
import { makeBodies } from './support/events.mjs';
import { closedLoop, openLoop } from './support/load.mjs';
import { spawnServer } from './support/spawn-server.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const BATCH = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OPEN_SECONDS = Number(process.env.BENCH_OPEN_SECONDS ?? 30);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(name, args) {
  const throughput = [];
  let latency;
  // First, while the load generator's heap is small: its own pauses would show as latency.
  if (name !== 'ceiling') {
    const server = await spawnServer(args());
    const headers = { 'content-type': 'application/json', 'x-sightline-key': server.writeKey };
    try {
      latency = await openLoop({ url: `${server.url}/v1/batch`, headers, bodies: makeBodies(100 * OPEN_SECONDS), rate: 5000 / BATCH, seconds: OPEN_SECONDS, eventsPerBody: BATCH });
    } finally {
      await server.stop();
    }
  }
  for (let run = 0; run < RUNS; run++) {
    const server = await spawnServer(args());
    const headers = { 'content-type': 'application/json', 'x-sightline-key': server.writeKey };
    const url = `${server.url}/v1/batch`;
    let result;
    try {
      // Fresh ids every run: duplicates would be cheaper than real inserts.
      const bodies = makeBodies(Math.ceil((SECONDS * 30_000) / BATCH));
      await closedLoop({ url, headers, bodies: bodies.slice(0, 40), connections: 4, seconds: 1, eventsPerBody: BATCH });
      result = await closedLoop({ url, headers, bodies: bodies.slice(40), connections: CONNECTIONS, seconds: SECONDS, eventsPerBody: BATCH });
      if (name !== 'ceiling' && result.requests > bodies.length - 40) console.log(`  (run ${run}: bodies re-sent, so some events were copies)`);
    } finally {
      // A graceful stop stores everything acknowledged first (DuckDB loads its ingest log to the end).
      const stopping = performance.now();
      await server.stop();
      if (result) result.drainMs = performance.now() - stopping;
    }
    throughput.push(result);
  }
  const best = median(throughput.map((t) => t.eventsPerSecond));
  console.log(`${name}: ${best} events/s (runs ${throughput.map((t) => t.eventsPerSecond).join(', ')}; p99 under load ${throughput.map((t) => t.p99.toFixed(0)).join(', ')} ms; failed ${throughput.reduce((s, t) => s + t.failed, 0)})`);
  // Acknowledged events over the run plus the time the stop took to store what was left.
  const stored = throughput.map((t) => Math.round((t.eventsPerSecond * SECONDS) / (SECONDS + t.drainMs / 1000)));
  console.log(`  stored by the end of the stop: ${median(stored)} events/s (runs ${stored.join(', ')}; stop ${throughput.map((t) => (t.drainMs / 1000).toFixed(1)).join(', ')} s)`);
  if (latency) {
    console.log(`  at 5,000 events/s for ${OPEN_SECONDS} s: p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms, max ${latency.max.toFixed(0)} ms, over 50 ms ${(latency.over50 * 100).toFixed(1)} %, failed ${latency.failed}`);
  }
  return best;
}

console.log(`${new Date().toISOString()}  node ${process.version}  nproc ${cpus().length}  ${SECONDS}s x ${RUNS} runs, ${CONNECTIONS} connections, ${BATCH}-event batches`);
const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-ingest-'));
let n = 0;
try {
  const ceiling = await measure('ceiling', () => ['ceiling']);
  const duck = await measure('duckdb', () => ['duckdb', join(dir, `run-${n++}.duckdb`)]);
  console.log(`  duckdb / ceiling = ${(duck / ceiling).toFixed(2)}`);
  // BENCH_SKIP_CLICKHOUSE=1 measures the ceiling and DuckDB only.
  if (!process.env.BENCH_SKIP_CLICKHOUSE) {
    const cluster = await startClickHouseCluster({ shards: 2 });
    try {
      const ch = await measure('clickhouse 2 shards', () => ['clickhouse', cluster.urls.join(','), cluster.cluster]);
      console.log(`  clickhouse / ceiling = ${(ch / ceiling).toFixed(2)}`);
    } finally {
      await cluster.stop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
