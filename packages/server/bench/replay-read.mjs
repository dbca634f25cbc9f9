// How long reading a large session recording back holds the server's event loop. A session of
// `snapshots` full snapshots of a 20,000-node page (about 3 MB of JSON each) is ingested, then
// `GET /v1/replay/:sessionId` is timed. Measured in the server's process: the longest gap of a
// 5 ms timer while the recording is read, the event loop's busy time over it, and the response
// time. Usage: node packages/server/bench/replay-read.mjs [runs] [nodes] [snapshots] [recording|snapshot]
// (`snapshot` reads the latest full snapshot of the page, `GET /v1/replay/snapshot`, instead.)
// (BENCH_REVISION=<git revision> measures that revision's server instead, as a baseline.)
import { get } from 'node:http';
import { cpus } from 'node:os';
import { measureStall } from '../test/support/event-loop-stall.mjs';
import { median, recordingChunks, startBenchServer } from './support/replay-bench.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const NODES = Number(process.argv[3] ?? 20_000);
const SNAPSHOTS = Number(process.argv[4] ?? 1);
const PATH = process.argv[5] === 'snapshot' ? '/v1/replay/snapshot?url=/list&device=desktop' : '/v1/replay/s-read';

const { server, post, close } = await startBenchServer('replay-read');

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
  const { chunks, bytes } = recordingChunks('s-read', NODES, Array.from({ length: SNAPSHOTS }, (_, view) => view));
  for (let at = 0; at < chunks.length; at += 8) {
    const res = await post(chunks.slice(at, at + 8));
    if (res.status !== 200) throw new Error(`ingest: ${res.status} ${await res.text()}`);
  }
  for (let run = 0; run < RUNS; run++) {
    const { result, stall, ms: readMs, busyMs } = await measureStall(() => read(PATH));
    const { status, size } = result;
    if (status !== 200) throw new Error(`read: ${status}`);
    results.push({ stall, readMs, busyMs });
    console.log(`run ${run + 1}: ${(bytes / 1e6).toFixed(2)} MB recorded, ${(size / 1e6).toFixed(2)} MB answer; longest stall ${stall.toFixed(0)} ms, event loop busy ${busyMs.toFixed(0)} ms, read ${readMs.toFixed(0)} ms`);
  }
} finally {
  await close();
}
const pick = (key) => median(results.map((result) => result[key])).toFixed(0);
console.log(`median: longest stall ${pick('stall')} ms, event loop busy ${pick('busyMs')} ms, read ${pick('readMs')} ms`);
