// Ingest throughput over HTTP: a bare Fastify handler (the ceiling), DuckDB, and a 2-shard
// ClickHouse cluster. 50-event batches of ~1 KB events; closed loop for throughput, open loop
// at 5,000 events/s for acknowledgement latency. Usage: node packages/server/bench/ingest.mjs
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(name, args) {
  const throughput = [];
  let latency;
  for (let run = 0; run < RUNS; run++) {
    const server = await spawnServer(args());
    const headers = { 'content-type': 'application/json', 'x-sightline-key': server.writeKey };
    const url = `${server.url}/v1/batch`;
    try {
      // Fresh ids every run: duplicates would be cheaper than real inserts.
      const bodies = makeBodies(Math.ceil((SECONDS * 12_000) / BATCH));
      await closedLoop({ url, headers, bodies: bodies.slice(0, 40), connections: 4, seconds: 1, eventsPerBody: BATCH });
      throughput.push(await closedLoop({ url, headers, bodies: bodies.slice(40), connections: CONNECTIONS, seconds: SECONDS, eventsPerBody: BATCH }));
      if (run === 0 && name !== 'ceiling') {
        latency = await openLoop({ url, headers, bodies: makeBodies(100 * SECONDS), rate: 5000 / BATCH, seconds: SECONDS, eventsPerBody: BATCH });
      }
    } finally {
      await server.stop();
    }
  }
  const best = median(throughput.map((t) => t.eventsPerSecond));
  console.log(`${name}: ${best} events/s (runs ${throughput.map((t) => t.eventsPerSecond).join(', ')}; p99 under load ${throughput.map((t) => t.p99.toFixed(0)).join(', ')} ms; failed ${throughput.reduce((s, t) => s + t.failed, 0)})`);
  if (latency) console.log(`  at 5,000 events/s: p50 ${latency.p50.toFixed(1)} ms, p99 ${latency.p99.toFixed(1)} ms, failed ${latency.failed}`);
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
