import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinLines, type OpenPieces } from '../../src/replay/chunk-pieces';
import { createLineCleaner, type LineCleaner } from '../../src/replay/clean-line';
import { type ReplayPage, readReplay } from '../../src/replay/read-replay';
import type { RecordedEvent } from '../../src/replay/rrweb-format';
import { createInlineCleaner } from '../../src/replay/recording-cleaner';
import type { ReplayChunkRow, ReplayRepository } from '../../src/replay/replay-repository';
import { storeChunks } from '../../src/replay/store-chunks';
import { type OpenedStore, STORE_TARGETS } from '../support/store-targets';
import { cut, doc, el, fullSnapshot, meta, move, ndjson, text } from './recording-fixtures';

/**
 * A page as the read route built it when it parsed every stored chunk on the event loop: kept as
 * the reference the JSON text it answers with now must equal, byte for byte.
 */
function parsedPage(rows: readonly ReplayChunkRow[], clean: LineCleaner, sessionId: string, nextSeq?: number): ReplayPage {
  const pieces = new Map<number, OpenPieces>(rows.map((row) => [row.seq, { seq: row.seq, newline: row.newline, head: row.head, tail: row.tail }]));
  const late = new Map<number, RecordedEvent>();
  for (const line of joinLines(pieces)) {
    const event = clean(line.text);
    if (event) late.set(line.seq, event);
  }
  const events = rows.flatMap((row) => {
    const own = row.events ? (JSON.parse(row.events) as RecordedEvent[]) : [];
    const joined = late.get(row.seq);
    const all = joined ? [joined, ...own] : own;
    return all.map((event, index) => ({ event, index })).sort((a, b) => a.event.timestamp - b.event.timestamp || a.index - b.index).map(({ event }) => event);
  });
  const chunks = rows.map(({ seq, startTs, endTs, count }) => ({ seq, startTs, endTs, count }));
  return { sessionId, chunks, events, ...(nextSeq !== undefined && { nextSeq }) };
}

const chunk = (seq: number, overrides: Partial<ReplayChunkRow> = {}): ReplayChunkRow => ({
  sessionId: 's-1', seq, eventId: `e-${seq}`, startTs: 1000 + seq, endTs: 1001 + seq, count: 1, receivedAt: 5,
  events: JSON.stringify([{ type: 3, timestamp: 1000 + seq, data: { source: 1, text: "it's \\ \"quoted\" 😀" } }]),
  newline: true, head: null, tail: null, ...overrides,
});

describe.each(STORE_TARGETS)('ReplayRepository contract on $name', (target) => {
  let opened: OpenedStore;
  let replays: ReplayRepository;
  let project = 0;
  const nextProject = () => `p${++project}`;
  beforeAll(async () => {
    opened = await target.open();
    replays = opened.store.replays;
  }, 60_000);
  afterAll(async () => opened?.close());

  it('stores a chunk once per (project, session, seq) and lists a session in seq order', async () => {
    const p = nextProject();
    await replays.put(p, [chunk(2), chunk(0), chunk(1)]);
    await replays.put(p, [chunk(1, { eventId: 'retry', events: '[]' }), chunk(3)]);
    await replays.put(nextProject(), [chunk(9)]);
    const listed = await replays.list(p, 's-1', 0, 100);
    expect(listed.map((row) => row.seq)).toEqual([0, 1, 2, 3]);
    expect(listed[1]).toEqual(chunk(1));
    expect((await replays.list(p, 's-1', 1, 2)).map((row) => row.seq)).toEqual([1, 2]);
    expect(await replays.list(p, 's-2', 0, 100)).toEqual([]);
  });

  it('rewrites a chunk when asked, and finds chunks by seq and by open pieces', async () => {
    const p = nextProject();
    await replays.put(p, [
      chunk(0, { tail: '{"type":2,' }),
      chunk(1, { newline: false, head: '"data":' }),
      chunk(2, { head: '{}}', tail: '' }),
      chunk(3),
    ]);
    expect((await replays.find(p, 's-1', { seqs: [3], open: true })).map((row) => row.seq)).toEqual([0, 1, 2, 3]);
    await replays.put(p, [chunk(0, { tail: null }), chunk(1, { newline: false, head: null }), chunk(2, { head: null, tail: '', events: '[1]' })], { replace: true });
    const found = await replays.find(p, 's-1', { seqs: [3], open: true });
    expect(found.map((row) => row.seq)).toEqual([3]);
    expect((await replays.list(p, 's-1', 0, 10)).map((row) => [row.head, row.tail, row.events.length])).toEqual([
      [null, null, chunk(0).events.length],
      [null, null, chunk(1).events.length],
      [null, '', 3],
      [null, null, chunk(3).events.length],
    ]);
    expect((await replays.find(p, 's-1', { seqs: [] })).length).toBe(0);
  });

  it('finds the latest full snapshot of a page per viewport class, by path or URL pattern', async () => {
    const p = nextProject();
    const snap = (sessionId: string, ts: number, url: string, width: number) => ({
      sessionId, seq: 0, ts, url, path: new URL(url).pathname, width, height: 800,
    });
    await replays.putSnapshots(p, [
      snap('a', 100, 'https://shop.example/cart?x=1', 1280),
      snap('b', 300, 'https://shop.example/cart', 390),
      snap('c', 200, 'https://shop.example/cart', 1440),
      snap('d', 400, 'https://shop.example/checkout', 1440),
    ]);
    await replays.putSnapshots(p, [snap('c', 200, 'https://shop.example/cart', 1440)]);
    expect((await replays.latestSnapshot(p, { url: '/cart', device: 'desktop' }))?.sessionId).toBe('c');
    expect((await replays.latestSnapshot(p, { url: '/cart', device: 'mobile' }))?.sessionId).toBe('b');
    expect(await replays.latestSnapshot(p, { url: '/cart', device: 'tablet' })).toBeUndefined();
    expect((await replays.latestSnapshot(p, { url: '/c*', device: 'desktop' }))?.sessionId).toBe('d');
    expect((await replays.latestSnapshot(p, { url: 'https://shop.example/cart', device: 'desktop' }))?.sessionId).toBe('c');
    expect(await replays.latestSnapshot(p, { url: "/cart' OR 1=1 --", device: 'desktop' })).toBeUndefined();
    expect(await replays.latestSnapshot(nextProject(), { url: '/cart', device: 'desktop' })).toBeUndefined();
  });

  it('reads a page as exactly the JSON the parsed events made, late-joined lines cleaned and in timestamp order', async () => {
    const p = nextProject();
    const json = (events: unknown[]) => JSON.stringify(events);
    // A line the store has not joined yet: it starts in chunk 1, ends in chunk 3, and its event
    // (at 25, with a script and an address to remove) goes between chunk 3's own events.
    const line = JSON.stringify(fullSnapshot(doc(el('p', { title: 'mail jane.doe@example.com' }, [text('é "q" \\ 😀')]), el('script', {}, [text('steal()')])), 25));
    const [start, middle, end] = cut(line, 3) as [string, string, string];
    await replays.put(p, [
      chunk(0, { sessionId: 's-x', events: json([meta('https://shop.example/ü?q="1"', 1280, 10), move(10), move(12)]) }),
      chunk(1, { sessionId: 's-x', events: json([move(20)]), tail: start }),
      chunk(2, { sessionId: 's-x', newline: false, events: '[]', head: middle }),
      chunk(3, { sessionId: 's-x', events: json([move(21), move(25), move(30)]), head: end, tail: '' }),
      chunk(4, { sessionId: 's-x', events: '[]' }),
      chunk(5, { sessionId: 's-x' }),
    ]);
    const rows = await replays.list(p, 's-x', 0, 10);
    const clean = createLineCleaner();
    const read = async (fromSeq: number, limit: number) => (await readReplay(replays, createInlineCleaner(), p, 's-x', { fromSeq, limit }))?.join('');

    const whole = await read(0, 10);
    expect(whole).toBe(JSON.stringify(parsedPage(rows, clean, 's-x')));
    const parsed = JSON.parse(whole ?? '{}') as ReplayPage;
    expect(parsed).toEqual(parsedPage(rows, clean, 's-x'));
    expect(parsed.events.map((event) => event.timestamp)).toEqual([10, 10, 12, 20, 21, 25, 25, 30, 1005]);
    expect(parsed.events[5]?.type).toBe(2);
    expect(whole).not.toMatch(/steal|jane\.doe/);
    // Paged: a cap, then the rest from nextSeq (the line's pieces are in neither page whole).
    expect(await read(0, 2)).toBe(JSON.stringify(parsedPage(rows.slice(0, 2), clean, 's-x', 2)));
    expect(await read(2, 10)).toBe(JSON.stringify(parsedPage(rows.slice(2), clean, 's-x')));
    expect(await read(6, 10)).toBeUndefined();
  });

  it('joins lines across chunks stored one by one, in any order, and indexes the snapshot', async () => {
    const p = nextProject();
    const events = [meta('https://shop.example/cart', 1280, 10), fullSnapshot(doc(el('p', {}, [text('x'.repeat(3000))]), el('script')), 10), move(20)];
    const pieces = cut(ndjson(events), 5);
    for (const seq of [3, 0, 4, 1, 2, 1]) {
      const piece = pieces[seq] as string;
      await storeChunks(replays, createInlineCleaner(), p, [{ eventId: `e${seq}`, sessionId: 's-j', props: { seq, data: '', encoding: 'json', startTs: 1, endTs: 2, count: 0 }, text: piece }], 5);
    }
    const rows = await replays.list(p, 's-j', 0, 10);
    expect(rows.map((row) => row.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(rows.map((row) => [row.head, row.tail ?? ''])).toEqual(rows.map(() => [null, '']));
    const body = (await readReplay(replays, createInlineCleaner(), p, 's-j', { fromSeq: 0, limit: 10 }))?.join('');
    expect((JSON.parse(body ?? '{}') as ReplayPage).events.map((event) => event.type)).toEqual([4, 2, 3]);
    expect(body).not.toContain('script');
    expect(await replays.latestSnapshot(p, { url: '/cart', device: 'desktop' })).toMatchObject({ sessionId: 's-j', ts: 10, width: 1280 });
  });

  it('never pairs a snapshot with the Meta of a page whose own snapshot was cut short', async () => {
    const p = nextProject();
    const store = (seq: number, piece: string) =>
      storeChunks(replays, createInlineCleaner(), p, [{ eventId: `e${seq}`, sessionId: 's-lost', props: { seq, data: '', encoding: 'json', startTs: 1, endTs: 2, count: 0 }, text: piece }], 5);
    // The cart page's snapshot spans three chunks and the last never arrives (the tab died at
    // page hide); the next page's recording goes on with the next sequence number.
    const cart = cut(ndjson([meta('https://shop.example/cart', 1280, 10), fullSnapshot(doc(el('p', {}, [text('x'.repeat(3000))])), 10)]), 3);
    const about = ndjson([meta('https://shop.example/about', 1280, 50), fullSnapshot(doc(el('h1', {}, [text('About')])), 50)]);
    await store(0, cart[0] as string);
    await store(1, cart[1] as string);
    await store(2, about);
    expect(await replays.latestSnapshot(p, { url: '/cart', device: 'desktop' })).toBeUndefined();
    const body = (await readReplay(replays, createInlineCleaner(), p, 's-lost', { fromSeq: 0, limit: 10 }))?.join('');
    expect((JSON.parse(body ?? '{}') as ReplayPage).events.map((event) => event.type)).not.toContain(undefined);
  });
});

describe('paths of recorded pages', () => {
  it('are read even when the scrubber replaced the host', async () => {
    const { pathOf } = await import('../../src/replay/snapshot-index');
    expect(pathOf('https://shop.example/cart?x=1')).toBe('/cart');
    expect(pathOf('http://[ip]:45481/about.html')).toBe('/about.html');
    expect(pathOf('http://[ip]:45481/about/team?tab=2#x')).toBe('/about/team');
    expect(pathOf('http://[ip]:45481')).toBe('/');
    expect(pathOf('not a url')).toBe('/');
  });
});
