// Ingest → live subscriber latency on one machine: a subscriber on GET /v1/live, a writer
// posting one small batch at a time over HTTP and, separately, over the WebSocket ingest.
// Latency is measured from just before the batch is sent to the live frame's arrival at the
// last of the subscribers.
// Run after `npm run build`: node packages/server/bench/live-latency.mjs [rounds] [subscribers]
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uuidv7 } from '@sightline/core';
import { WebSocket } from 'ws';
import { startServer } from '../dist/index.js';

const rounds = Number(process.argv[2] ?? 500);
const subscribers = Number(process.argv[3] ?? 1);
const dir = await mkdtemp(join(tmpdir(), 'sightline-live-bench-'));
const server = await startServer({ port: 0, dataPath: join(dir, 'bench.duckdb'), logger: false, rateLimit: false });

const event = (sessionId) => {
  const ts = Date.now();
  return {
    v: 1,
    id: uuidv7(ts),
    type: 'click',
    ts,
    sessionId,
    anonymousId: 'a-1',
    page: { url: 'https://shop.example/', path: '/', title: 'Shop', referrer: '', viewport: { w: 1280, h: 720 }, docHeight: 2000 },
    target: { selector: 'button.buy', tag: 'button', text: 'Buy', rect: { x: 1, y: 2, w: 3, h: 4 } },
    pos: { pageX: 10, pageY: 20, relX: 0.5, relY: 0.5 },
  };
};

const open = (url, options) =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options);
    socket.once('message', () => resolve(socket)); // the ready frame
    socket.once('error', reject);
  });

const wsBase = server.url.replace('http', 'ws');
const lives = await Promise.all(
  Array.from({ length: subscribers }, () => open(`${wsBase}/v1/live`, { headers: { 'x-sightline-key': server.readKey } })),
);
const ingest = await open(`${wsBase}/v1/ws?key=${server.writeKey}`);
// id → arrivals still expected and the resolver to call at the last one.
const waiting = new Map();
for (const live of lives) {
  live.on('message', (data) => {
    const frame = JSON.parse(String(data));
    for (const e of frame.events ?? []) {
      const entry = waiting.get(e.id);
      if (entry && --entry.left === 0) entry.resolve(performance.now());
    }
  });
}

const LOST_AFTER_MS = 5000;

async function measure(send) {
  const samples = [];
  let lost = 0;
  for (let i = 0; i < rounds; i++) {
    const e = event(`s-${i % 10}`);
    const arrived = new Promise((resolve) => {
      waiting.set(e.id, { left: subscribers, resolve });
      setTimeout(() => resolve(undefined), LOST_AFTER_MS);
    });
    const started = performance.now();
    await send({ v: 1, sentAt: Date.now(), events: [e] });
    const at = await arrived;
    waiting.delete(e.id);
    if (at === undefined) lost++;
    else samples.push(at - started);
  }
  if (lost > 0) console.log(`${lost} events never reached the subscriber`);
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))].toFixed(2);
  return { median: at(0.5), p99: at(0.99), max: samples.at(-1).toFixed(2) };
}

const viaHttp = (batch) =>
  fetch(`${server.url}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sightline-key': server.writeKey },
    body: JSON.stringify(batch),
  });
let seq = 0;
// Fire and forget: the live frame, not the ack, ends the measurement.
const viaWs = async (batch) => ingest.send(JSON.stringify({ type: 'batch', seq: seq++, batch }));

await measure(viaHttp); // warm-up: JIT, DuckDB caches
const http = await measure(viaHttp);
const ws = await measure(viaWs);
console.log(`rounds ${rounds} per path, 1 event per batch, ${subscribers} subscriber(s), latency to the last`);
console.log(`HTTP POST /v1/batch → live: median ${http.median} ms, p99 ${http.p99} ms, max ${http.max} ms`);
console.log(`WS   /v1/ws          → live: median ${ws.median} ms, p99 ${ws.p99} ms, max ${ws.max} ms`);
for (const live of lives) live.close();
ingest.close();
await server.close();
await rm(dir, { recursive: true, force: true });
