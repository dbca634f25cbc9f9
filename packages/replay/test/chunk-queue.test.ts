import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createChunkQueue, type EncodedChunk } from '../src/chunk/chunk-queue';
import { createSerializer } from '../src/chunk/serializer';
import { until } from './helpers';

const decode = (chunks: EncodedChunk[]) =>
  chunks.map((c) => (c.encoding === 'gzip' ? gunzipSync(Buffer.from(c.data, 'base64')).toString('utf8') : c.data)).join('');

function setup(gzip = true, maxBytes = 4_000) {
  const chunks: EncodedChunk[] = [];
  const queue = createChunkQueue({ maxBytes, gzip, emit: (c) => chunks.push(c), measure: (fn) => fn(), onError: (e) => { throw e; } });
  const serializer = createSerializer({ queue, measure: (fn) => fn(), schedule: (fn) => setTimeout(fn, 0), now: () => performance.now() });
  return { chunks, queue, serializer };
}

/** Text that does not compress, so the cap is really tested. */
function noise(length: number): string {
  let state = 0x2545f491 ^ length;
  let text = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += String.fromCharCode(35 + ((state >>> 0) % 57));
  }
  return text;
}

describe('chunking', () => {
  it('gzips NDJSON into chunks under the cap that decode, in order, to every event', async () => {
    const { chunks, serializer } = setup();
    const events = Array.from({ length: 300 }, (_, i) => ({ type: 3, timestamp: 1000 + i, data: { source: 0, text: `row ${i} ${noise(40)}` } }));
    for (const event of events) serializer.push(event);
    serializer.flush();
    await until(() => chunks.reduce((n, c) => n + c.count, 0) === 300);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.encoding === 'gzip' && c.data.length <= 4_000)).toBe(true);
    const lines = decode(chunks).split('\n').filter(Boolean).map((line) => JSON.parse(line));
    expect(lines).toEqual(events);
    expect(chunks[0]?.startTs).toBe(1000);
  });

  it('splits one event larger than a chunk across several chunks', async () => {
    const { chunks, serializer } = setup();
    const big = { type: 2, timestamp: 5, data: { node: noise(20_000) } };
    serializer.push(structuredClone(big));
    serializer.flush();
    await until(() => chunks.some((c) => c.count === 1));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.every((c) => c.data.length <= 4_000)).toBe(true);
    expect(JSON.parse(decode(chunks))).toEqual(big);
  });

  it('falls back to plain JSON under the byte cap, counting UTF-8 bytes', async () => {
    const { chunks, serializer } = setup(false, 1_000);
    const events = Array.from({ length: 50 }, (_, i) => ({ type: 3, timestamp: i, data: { text: `é€😀 ${i}`.repeat(10) } }));
    for (const event of events) serializer.push(event);
    serializer.flush();
    await until(() => chunks.reduce((n, c) => n + c.count, 0) === 50);
    expect(chunks.every((c) => c.encoding === 'json' && Buffer.byteLength(c.data) <= 1_000)).toBe(true);
    expect(decode(chunks).split('\n').filter(Boolean).map((l) => JSON.parse(l))).toEqual(events);
  });

  it('at page hide emits everything at once as JSON and never sends a piece twice', async () => {
    const { chunks, serializer } = setup();
    for (let i = 0; i < 100; i++) serializer.push({ type: 3, timestamp: i, data: { text: noise(30) } });
    serializer.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    serializer.push({ type: 3, timestamp: 100 });
    serializer.flushSync();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = decode(chunks).split('\n').filter(Boolean).map((l) => JSON.parse(l) as { timestamp: number });
    expect(lines.map((l) => l.timestamp)).toEqual(Array.from({ length: 101 }, (_, i) => i));
  });
});
