import type { SightlineEvent } from '@sightline/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeEvent, openTestApp, type TestApp } from '../helpers';
import { findHazards } from './hostile-checker';
import { chunkEvent, cut, doc, el, fullSnapshot, meta, move, mutation, ndjson, text } from './recording-fixtures';

const EMAIL = 'jane.doe@example.com';

/** The dashboard's `ReplayRecording` (packages/dashboard/src/api/types.ts). */
interface ReplayShape {
  sessionId: string;
  chunks: Array<{ seq: number; startTs: number; endTs: number; count: number }>;
  events: Array<{ type: number; timestamp: number; data: unknown }>;
  nextSeq?: number;
}

describe('replay ingest and routes', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await openTestApp();
  });
  afterEach(async () => t.close());

  const post = (events: SightlineEvent[]) => t.post(events);
  const get = (url: string, key?: string) => t.get(url, key);

  /** A page with a large snapshot (so it spans chunks), PII, and a script someone slipped in. */
  const recording = (href: string, width: number, t0: number) => [
    meta(href, width, t0),
    fullSnapshot(doc(el('p', { title: `mail ${EMAIL}` }, [text(`Contact ${EMAIL} ${'lorem ipsum '.repeat(400)}`)]), el('script', {}, [text('steal()')]), el('img', { src: '/a.png', onerror: 'steal()' })), t0),
    move(t0 + 20),
    mutation({ texts: [{ id: 5, value: `now ${EMAIL}` }], adds: [{ parentId: 3, nextId: null, node: el('a', { href: 'javascript:steal()' }, [text('x')]) }] }, t0 + 10),
  ];

  it('stores a recording sent in pieces, out of order and retried, and serves it cleaned, in order', async () => {
    const pieces = cut(ndjson(recording('https://shop.example/cart?coupon=1', 1280, 1_000)), 6);
    const chunks = pieces.map((piece, seq) => chunkEvent('s-rec', seq, piece, seq % 2 === 0 ? 'gzip' : 'json'));
    for (const batch of [[chunks[0], chunks[2]], [chunks[5], chunks[1]], [chunks[4], chunks[3], chunks[0]]]) {
      const res = await post(batch as SightlineEvent[]);
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await post([chunks[2] as SightlineEvent])).json()).toEqual({ accepted: 0, duplicates: 1 });
    // Every line was joined and cleaned at ingest: no raw piece, script or address is left at rest.
    const rows = await t.store.replays.list('demo', 's-rec', 0, 100);
    expect(rows.map((row) => [row.head, row.tail ?? ''])).toEqual(rows.map(() => [null, '']));
    expect(JSON.stringify(rows)).not.toMatch(/steal|jane\.doe/);

    const res = await get('/v1/replay/s-rec');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { sessionId: string; chunks: Array<{ seq: number }>; events: Array<{ type: number; timestamp: number }> };
    expect(body.sessionId).toBe('s-rec');
    expect(body.chunks.map((chunk) => chunk.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(body.events.map((event) => event.type)).toEqual([4, 2, 3, 3]);
    expect(body.events.map((event) => event.timestamp)).toEqual([1_000, 1_000, 1_010, 1_020]);
    expect(findHazards(body.events)).toEqual([]);
    expect(res.body).not.toContain('steal');
    expect(res.body).not.toContain(EMAIL);
    expect(res.body).toContain('Contact [email]');
    expect(res.body).toContain('now [email]');
    expect(res.body).toContain('/a.png');
  });

  it('keeps the events table light: one row per chunk, without data or the opaque marker', async () => {
    await post([chunkEvent('s-light', 0, ndjson([meta('https://shop.example/', 1280, 5)]))]);
    const stored = await t.store.listEvents('demo', { limit: 10 });
    expect(stored).toHaveLength(1);
    expect(stored[0]?.props).toEqual({ seq: 0, encoding: 'gzip', startTs: 1, endTs: 2, count: 1 });
    expect(stored[0]?.opaque).toBeUndefined();
  });

  it('scrubs a forged opaque marker on any other event type', async () => {
    const forged = makeEvent({ type: 'custom', name: 'note', props: { data: `mail ${EMAIL}` }, opaque: ['data'] });
    expect((await post([forged])).statusCode).toBe(200);
    const [stored] = await t.store.listEvents('demo', { limit: 10 });
    expect(stored?.props).toEqual({ data: 'mail [email]' });
    expect(stored?.opaque).toBeUndefined();
  });

  it('refuses a chunk it cannot decode with a 400 naming it, and stores nothing of the batch', async () => {
    const good = makeEvent();
    const cases: Array<[Record<string, string | number>, string, RegExp]> = [
      [{ data: 'not base64!' }, '/events/1/props/data', /not base64/],
      [{ data: Buffer.from('plain text, not gzip').toString('base64') }, '/events/1/props/data', /not gzip/],
      [{ seq: -1 }, '/events/1/props/seq', /seq must be an integer/],
      [{ encoding: 'brotli' }, '/events/1/props/encoding', /encoding must be/],
    ];
    for (const [change, field, message] of cases) {
      const chunk = chunkEvent('s-bad', 0, 'x\n');
      const res = await post([good, { ...chunk, props: { ...chunk.props, ...change } }]);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'SL_ERR_VALIDATION', field } });
      expect(res.json().error.message).toMatch(message);
    }
    expect(await t.count()).toBe(0);
    expect((await get('/v1/replay/s-bad')).statusCode).toBe(404);
  });

  it('answers 200 or a clean 400, never a 500, for 60 chunks of random bytes and text', async () => {
    const { gzipSync } = await import('node:zlib');
    const { randomBytes } = await import('node:crypto');
    const base = chunkEvent('s-fuzz', 0, '');
    const datas = Array.from({ length: 60 }, (_, i) => {
      const bytes = randomBytes(1 + (i * 37) % 3000);
      if (i % 3 === 0) return { data: bytes.toString('base64'), encoding: 'gzip' };
      if (i % 3 === 1) return { data: gzipSync(bytes).toString('base64'), encoding: 'gzip' };
      return { data: bytes.toString('latin1').replace(/[\u0000\ud800-\udfff]/g, '') + '\n{"type":2,"timestamp":1,"data":{"node":{"type":2,"tagName":"script"}}}\n', encoding: 'json' };
    });
    for (const [seq, change] of datas.entries()) {
      const res = await post([{ ...base, id: chunkEvent('s-fuzz', seq, '').id, props: { ...base.props, seq, ...change } }]);
      expect([200, 400], res.body).toContain(res.statusCode);
    }
    const res = await get('/v1/replay/s-fuzz');
    expect(res.statusCode).toBe(200);
    expect(findHazards(res.json())).toEqual([]);
  }, 30_000);

  it('refuses a gzip bomb without inflating it', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20)).toString('base64');
    const chunk = chunkEvent('s-bomb', 0, '');
    const res = await post([{ ...chunk, props: { ...chunk.props, data: bomb } }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/inflates to more than/);
  });

  it('serves the latest full snapshot of a page per viewport class, and 404 when there is none', async () => {
    const send = (session: string, href: string, width: number, t0: number) =>
      post(cut(ndjson(recording(href, width, t0)), 3).map((piece, seq) => chunkEvent(session, seq, piece)));
    await send('s-old', 'https://shop.example/cart', 1280, 1_000);
    await send('s-new', 'https://shop.example/cart?x=1', 1440, 2_000);
    await send('s-phone', 'https://shop.example/cart', 390, 3_000);
    const res = await get('/v1/replay/snapshot?url=/cart&device=desktop');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { sessionId: string; ts: number; width: number; href: string; events: Array<{ type: number; data: unknown }> };
    expect(body).toMatchObject({ sessionId: 's-new', ts: 2_000, width: 1440, height: 800, href: 'https://shop.example/cart?x=1' });
    expect(body.events.map((event) => event.type)).toEqual([4, 2]);
    expect(findHazards(body.events)).toEqual([]);
    // Exactly the JSON of the answer as built from the chunk's events, parsed.
    const found = await t.store.replays.latestSnapshot('demo', { url: '/cart', device: 'desktop' });
    const [row] = await t.store.replays.list('demo', 's-new', found?.seq ?? -1, 1);
    const snapshot = (JSON.parse(row?.events ?? '[]') as Array<{ type: number; timestamp: number }>).find((event) => event.type === 2 && event.timestamp === 2_000);
    const href = 'https://shop.example/cart?x=1';
    expect(res.body).toBe(JSON.stringify({ ...body, events: [{ type: 4, timestamp: 2_000, data: { href, width: 1440, height: 800 } }, snapshot] }));
    expect(Object.keys(body)).toEqual(['sessionId', 'ts', 'width', 'height', 'href', 'events']);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect((await get('/v1/replay/snapshot?url=/cart&device=mobile')).json()).toMatchObject({ sessionId: 's-phone' });
    const none = await get('/v1/replay/snapshot?url=/checkout&device=desktop');
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ error: { code: 'SL_ERR_NOT_FOUND' } });
  });

  it('takes the read key only, and checks its parameters', async () => {
    expect((await get('/v1/replay/s-1', t.writeKey)).statusCode).toBe(403);
    expect((await get('/v1/replay/snapshot?url=/a&device=desktop', t.writeKey)).statusCode).toBe(403);
    expect((await get('/v1/replay/snapshot?url=/a&device=watch')).statusCode).toBe(400);
    expect((await get('/v1/replay/snapshot?device=desktop')).statusCode).toBe(400);
    expect((await get('/v1/replay/s-1?limit=0')).statusCode).toBe(400);
    expect((await get('/v1/replay/s-1?bogus=1')).statusCode).toBe(400);
    expect((await get('/v1/replay/nobody')).json()).toMatchObject({ error: { code: 'SL_ERR_NOT_FOUND' } });
  });

  it('pages a long recording: limit chunks per answer, and nextSeq to go on', async () => {
    const events = Array.from({ length: 45 }, (_, i) => move(100 + i));
    await post(events.map((event, seq) => chunkEvent('s-long', seq, ndjson([event]))));
    const first = (await get('/v1/replay/s-long?limit=30')).json() as { events: unknown[]; nextSeq?: number };
    expect(first.events).toHaveLength(30);
    expect(first.nextSeq).toBe(30);
    const last = (await get('/v1/replay/s-long?fromSeq=30&limit=15')).json() as { events: unknown[]; nextSeq?: number };
    expect(last.events).toHaveLength(15);
    expect(last.nextSeq).toBeUndefined();
    expect(((await get('/v1/replay/s-long')).json() as { events: unknown[] }).events).toHaveLength(45);
  });

  it('answers in the shape the dashboard reads, page by page as its loader follows nextSeq', async () => {
    const pieces = cut(ndjson([...recording('https://shop.example/a', 1280, 1_000), ...recording('https://shop.example/b', 390, 2_000)]), 7);
    await post(pieces.map((piece, seq) => chunkEvent('s-shape', seq, piece)));
    const whole = await get('/v1/replay/s-shape');
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('application/json; charset=utf-8');
    const recorded = whole.json() as ReplayShape;
    expect(Object.keys(recorded)).toEqual(['sessionId', 'chunks', 'events']);
    expect(recorded.sessionId).toBe('s-shape');
    expect(recorded.chunks.map((chunk) => Object.keys(chunk))).toEqual(pieces.map(() => ['seq', 'startTs', 'endTs', 'count']));
    expect(recorded.events.map((event) => Object.keys(event))).toEqual(recorded.events.map(() => ['type', 'timestamp', 'data']));
    expect(recorded.events.map((event) => event.timestamp)).toEqual([1_000, 1_000, 1_010, 1_020, 2_000, 2_000, 2_010, 2_020]);

    // As packages/dashboard's loadReplay does: the first page, then from nextSeq until there is none.
    const first = (await get('/v1/replay/s-shape?limit=3')).json() as ReplayShape;
    expect(Object.keys(first)).toEqual(['sessionId', 'chunks', 'events', 'nextSeq']);
    let loaded = first;
    for (let next = first.nextSeq; next !== undefined; ) {
      const page = (await get(`/v1/replay/s-shape?fromSeq=${next}&limit=3`)).json() as ReplayShape;
      loaded = { ...loaded, chunks: loaded.chunks.concat(page.chunks), events: loaded.events.concat(page.events) };
      next = page.nextSeq;
    }
    const { nextSeq: _next, ...pagedWhole } = loaded;
    expect(pagedWhole).toEqual(recorded);
  });
});
