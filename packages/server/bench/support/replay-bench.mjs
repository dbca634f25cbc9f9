// What the replay benchmarks share: a recording of big pages cut into chunk events as the SDK
// sends them, and a server on a fresh DuckDB file. The stall measure is shared with the tests
// (test/support/event-loop-stall.mjs).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { bigPage } from '../../test/support/big-page.mjs';
import { loadServer } from './load-server.mjs';

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const uuid = (n) => `0190b1a0-0000-7000-8000-${String(n).padStart(12, '0')}`;
let ids = 0;

/**
 * `replay_chunk` events of a session that views `pages` pages of `nodes` nodes each (a Meta, a full
 * snapshot and a mouse move per page, `seed`s giving each page its own texts), each page cut in 8.
 */
export function recordingChunks(sessionId, nodes, seeds) {
  const events = seeds.flatMap((seed, view) => {
    const t0 = 1_000 + view * 10_000;
    const href = seeds.length > 1 ? `https://shop.example/list?page=${view}` : 'https://shop.example/list';
    return [
      { type: 4, timestamp: t0, data: { href, width: 1280, height: 800 } },
      { type: 2, timestamp: t0, data: { node: bigPage(nodes, seed), initialOffset: { left: 0, top: 0 } } },
      { type: 3, timestamp: t0 + 20, data: { source: 1, positions: [{ x: 1, y: 2, id: 1, timeOffset: 0 }] } },
    ];
  });
  const text = events.map((event) => `${JSON.stringify(event)}\n`).join('');
  const count = 8 * seeds.length;
  const size = Math.ceil(text.length / count);
  const chunks = Array.from({ length: count }, (_, seq) => ({
    v: 1, id: uuid(++ids), type: 'replay_chunk', ts: Date.now(), sessionId, anonymousId: 'a-1',
    page: { url: 'https://shop.example/list', path: '/list', title: 'List', referrer: '', viewport: { w: 1280, h: 800 }, docHeight: 9000 },
    props: { seq, data: gzipSync(text.slice(seq * size, (seq + 1) * size)).toString('base64'), encoding: 'gzip', startTs: 1_000, endTs: 1_020, count: 1 },
    opaque: ['data'],
  }));
  return { chunks, bytes: text.length };
}

/** The server (or BENCH_REVISION's) on a fresh DuckDB file, with a poster of event batches. */
export async function startBenchServer(name) {
  const { startServer } = await loadServer();
  const dir = await mkdtemp(join(tmpdir(), `sightline-bench-${name}-`));
  const server = await startServer({ port: 0, dataPath: join(dir, 'bench.duckdb'), logger: false, rateLimit: false });
  const post = (events) =>
    fetch(`${server.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sightline-key': server.writeKey },
      body: JSON.stringify({ v: 1, sentAt: Date.now(), events }),
    });
  const close = async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  };
  return { server, post, close };
}
