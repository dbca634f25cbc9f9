// How long ingesting a large session recording holds the server's event loop. A 20,000-node
// full snapshot (about 3 MB of JSON on one line) is posted in 8 chunks; the last one completes the
// line, which is then joined, sanitized, scrubbed and stored; each run's page has its own texts.
// Measured in the server's process:
// the longest gap of a 5 ms timer while that last batch is ingested, the event loop's busy time
// over it, and its response time. Usage: node packages/server/bench/replay-clean.mjs [runs] [nodes]
// (BENCH_REVISION=<git revision> measures that revision's server instead, as a baseline.)
import { cpus } from 'node:os';
import { measureStall } from '../test/support/event-loop-stall.mjs';
import { median, recordingChunks, startBenchServer } from './support/replay-bench.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const NODES = Number(process.argv[3] ?? 20_000);

const { post, close } = await startBenchServer('replay');

console.log(`${new Date().toISOString()}  node ${process.version}  nproc ${cpus().length}  ${process.env.BENCH_REVISION ?? 'working tree'}  ${RUNS} runs, ${NODES} nodes`);
const results = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { chunks, bytes } = recordingChunks(`s-${run}`, NODES, [run]);
    const first = await post(chunks.slice(0, -1));
    if (first.status !== 200) throw new Error(`first batch: ${first.status} ${await first.text()}`);
    const { result: res, stall, ms: ingestMs, busyMs } = await measureStall(() => post(chunks.slice(-1)));
    if (res.status !== 200) throw new Error(`last chunk: ${res.status} ${await res.text()}`);
    results.push({ stall, ingestMs, busyMs });
    console.log(`run ${run + 1}: ${(bytes / 1e6).toFixed(2)} MB line; longest stall ${stall.toFixed(0)} ms, event loop busy ${busyMs.toFixed(0)} ms, ingest ${ingestMs.toFixed(0)} ms`);
  }
} finally {
  await close();
}
const pick = (key) => median(results.map((result) => result[key])).toFixed(0);
console.log(`median: longest stall ${pick('stall')} ms, event loop busy ${pick('busyMs')} ms, ingest ${pick('ingestMs')} ms`);
