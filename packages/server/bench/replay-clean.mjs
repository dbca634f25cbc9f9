// How long ingesting a large session recording holds the server's event loop. A 20,000-node
// full snapshot (about 3 MB of JSON on one line) is posted in 8 chunks; the last one completes the
// line, which is then joined, sanitized, scrubbed and stored; each run's page has its own texts.
// Measured in the server's process:
// the longest gap of a 5 ms timer while that last batch is ingested, the event loop's busy time
// over it, and its response time. Usage: node packages/server/bench/replay-clean.mjs [runs] [nodes]
// (BENCH_REVISION=<git revision> measures that revision's server instead, as a baseline.)
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { bigPage } from '../test/support/big-page.mjs';
import { loadServer } from './support/load-server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const NODES = Number(process.argv[3] ?? 20_000);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const uuid = (n) => `0190b1a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
let ids = 0;

function recording(sessionId, seed) {
  const events = [
    { type: 4, timestamp: 1_000, data: { href: 'https://shop.example/list', width: 1280, height: 800 } },
    { type: 2, timestamp: 1_000, data: { node: bigPage(NODES, seed), initialOffset: { left: 0, top: 0 } } },
    { type: 3, timestamp: 1_020, data: { source: 1, positions: [{ x: 1, y: 2, id: 1, timeOffset: 0 }] } },
  ];
  const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
  const size = Math.ceil(text.length / 8);
  const chunks = Array.from({ length: 8 }, (_, seq) => {
    const piece = text.slice(seq * size, (seq + 1) * size);
    return {
      v: 1, id: uuid(++ids), type: 'replay_chunk', ts: Date.now(), sessionId, anonymousId: 'a-1',
      page: { url: 'https://shop.example/list', path: '/list', title: 'List', referrer: '', viewport: { w: 1280, h: 800 }, docHeight: 9000 },
      props: { seq, data: gzipSync(piece).toString('base64'), encoding: 'gzip', startTs: 1_000, endTs: 1_020, count: 1 },
      opaque: ['data'],
    };
  });
  return { chunks, bytes: text.length };
}

const { startServer } = await loadServer();
const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-replay-'));
const server = await startServer({ port: 0, dataPath: join(dir, 'bench.duckdb'), logger: false, rateLimit: false });
const post = (events) =>
  fetch(`${server.url}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sightline-key': server.writeKey },
    body: JSON.stringify({ v: 1, sentAt: Date.now(), events }),
  });

console.log(`${new Date().toISOString()}  node ${process.version}  nproc ${cpus().length}  ${process.env.BENCH_REVISION ?? 'working tree'}  ${RUNS} runs, ${NODES} nodes`);
const results = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const { chunks, bytes } = recording(`s-${run}`, run);
    const first = await post(chunks.slice(0, -1));
    if (first.status !== 200) throw new Error(`first batch: ${first.status} ${await first.text()}`);
    let last = performance.now();
    let stall = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last);
      last = now;
    }, 5);
    const elu = performance.eventLoopUtilization();
    const started = performance.now();
    const res = await post(chunks.slice(-1));
    const ingestMs = performance.now() - started;
    const busy = performance.eventLoopUtilization(elu);
    clearInterval(timer);
    if (res.status !== 200) throw new Error(`last chunk: ${res.status} ${await res.text()}`);
    results.push({ stall, ingestMs, busyMs: busy.active });
    console.log(`run ${run + 1}: ${(bytes / 1e6).toFixed(2)} MB line; longest stall ${stall.toFixed(0)} ms, event loop busy ${busy.active.toFixed(0)} ms, ingest ${ingestMs.toFixed(0)} ms`);
  }
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
const pick = (key) => median(results.map((result) => result[key])).toFixed(0);
console.log(`median: longest stall ${pick('stall')} ms, event loop busy ${pick('busyMs')} ms, ingest ${pick('ingestMs')} ms`);
