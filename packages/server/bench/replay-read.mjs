// How long reading a large session recording back holds the server's event loop. A session of
// `snapshots` full snapshots of a 20,000-node page (about 3 MB of JSON each) is ingested, then
// `GET /v1/replay/:sessionId` is timed. Measured in the server's process: the longest gap of a
// 5 ms timer while the recording is read, the event loop's busy time over it, and the response
// time. Usage: node packages/server/bench/replay-read.mjs [runs] [nodes] [snapshots] [recording|snapshot]
// (`snapshot` reads the latest full snapshot of the page, `GET /v1/replay/snapshot`, instead.)
// (BENCH_REVISION=<git revision> measures that revision's server instead, as a baseline.)
import { mkdtemp, rm } from 'node:fs/promises';
import { get } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { bigPage } from '../test/support/big-page.mjs';
import { loadServer } from './support/load-server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const NODES = Number(process.argv[3] ?? 20_000);
const SNAPSHOTS = Number(process.argv[4] ?? 1);
const PATH = process.argv[5] === 'snapshot' ? '/v1/replay/snapshot?url=/list&device=desktop' : '/v1/replay/s-read';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const uuid = (n) => `0190b1a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
let ids = 0;

/** Chunks of a recording of `SNAPSHOTS` page views, each page cut in 8 chunks as the SDK sends it. */
function recording(sessionId) {
  const events = [];
  for (let view = 0; view < SNAPSHOTS; view++) {
    const t0 = 1_000 + view * 10_000;
    events.push(
      { type: 4, timestamp: t0, data: { href: `https://shop.example/list?page=${view}`, width: 1280, height: 800 } },
      { type: 2, timestamp: t0, data: { node: bigPage(NODES, view), initialOffset: { left: 0, top: 0 } } },
      { type: 3, timestamp: t0 + 20, data: { source: 1, positions: [{ x: 1, y: 2, id: 1, timeOffset: 0 }] } },
    );
  }
  const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
  const count = 8 * SNAPSHOTS;
  const size = Math.ceil(text.length / count);
  const chunks = Array.from({ length: count }, (_, seq) => ({
    v: 1, id: uuid(++ids), type: 'replay_chunk', ts: Date.now(), sessionId, anonymousId: 'a-1',
    page: { url: 'https://shop.example/list', path: '/list', title: 'List', referrer: '', viewport: { w: 1280, h: 800 }, docHeight: 9000 },
    props: { seq, data: gzipSync(text.slice(seq * size, (seq + 1) * size)).toString('base64'), encoding: 'gzip', startTs: 1_000, endTs: 1_020, count: 1 },
    opaque: ['data'],
  }));
  return { chunks, bytes: text.length };
}

const { startServer } = await loadServer();
const dir = await mkdtemp(join(tmpdir(), 'sightline-bench-replay-read-'));
const server = await startServer({ port: 0, dataPath: join(dir, 'bench.duckdb'), logger: false, rateLimit: false });
const post = (events) =>
  fetch(`${server.url}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sightline-key': server.writeKey },
    body: JSON.stringify({ v: 1, sentAt: Date.now(), events }),
  });

/** The answer's status and size; its bytes are only counted, so the client costs the event loop little. */
const read = (path) =>
  new Promise((resolve, reject) => {
    get(`${server.url}${path}`, { headers: { 'x-sightline-key': server.readKey } }, (res) => {
      let size = 0;
      res.on('data', (bytes) => {
        size += bytes.length;
      });
      res.on('end', () => resolve({ status: res.statusCode, size }));
      res.on('error', reject);
    }).on('error', reject);
  });

console.log(`${new Date().toISOString()}  node ${process.version}  nproc ${cpus().length}  ${process.env.BENCH_REVISION ?? 'working tree'}  ${RUNS} runs, ${NODES} nodes, ${SNAPSHOTS} snapshots, GET ${PATH}`);
const results = [];
try {
  const { chunks, bytes } = recording('s-read');
  for (let at = 0; at < chunks.length; at += 8) {
    const res = await post(chunks.slice(at, at + 8));
    if (res.status !== 200) throw new Error(`ingest: ${res.status} ${await res.text()}`);
  }
  for (let run = 0; run < RUNS; run++) {
    let last = performance.now();
    let stall = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - last);
      last = now;
    }, 5);
    const elu = performance.eventLoopUtilization();
    const started = performance.now();
    const { status, size } = await read(PATH);
    const readMs = performance.now() - started;
    const busy = performance.eventLoopUtilization(elu);
    clearInterval(timer);
    if (status !== 200) throw new Error(`read: ${status}`);
    results.push({ stall, readMs, busyMs: busy.active });
    console.log(`run ${run + 1}: ${(bytes / 1e6).toFixed(2)} MB recorded, ${(size / 1e6).toFixed(2)} MB answer; longest stall ${stall.toFixed(0)} ms, event loop busy ${busy.active.toFixed(0)} ms, read ${readMs.toFixed(0)} ms`);
  }
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
const pick = (key) => median(results.map((result) => result[key])).toFixed(0);
console.log(`median: longest stall ${pick('stall')} ms, event loop busy ${pick('busyMs')} ms, read ${pick('readMs')} ms`);
