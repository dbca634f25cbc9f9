import { afterEach, describe, expect, it } from 'vitest';
import { makeBatch } from '../helpers';
import { connect, type LiveApp, openListeningApp } from '../ops-helpers';
import { chunkEvent, cut, doc, el, fullSnapshot, meta, ndjson, text } from './recording-fixtures';

let t: LiveApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('replay chunks over GET /v1/ws', () => {
  it('stores in-flight chunks of one session, joins their lines, and refuses one it cannot decode', async () => {
    t = await openListeningApp();
    const ws = connect(`${t.wsUrl}/v1/ws?key=${t.writeKey}`);
    await ws.next('ready');
    const recording = ndjson([meta('https://shop.example/', 1280, 1), fullSnapshot(doc(el('p', { onclick: 'x()' }, [text('y'.repeat(2000))])), 1)]);
    const pieces = cut(recording, 8);
    // Every chunk in a batch of its own, all in flight at once, as a WebSocket transport sends them.
    pieces.forEach((piece, seq) => ws.send({ type: 'batch', seq, batch: makeBatch([chunkEvent('s-ws', seq, piece)]) }));
    const acks = await Promise.all(pieces.map(() => ws.next('ack')));
    expect(acks.every((ack) => ack.accepted === 1)).toBe(true);
    const rows = await t.store.replays.list('demo', 's-ws', 0, 100);
    expect(rows.map((row) => [row.head, row.tail ?? ''])).toEqual(rows.map(() => [null, '']));
    expect(rows.flatMap((row) => JSON.parse(row.events) as Array<{ type: number }>).map((event) => event.type)).toEqual([4, 2]);

    const bad = chunkEvent('s-ws', 99, 'x\n');
    ws.send({ type: 'batch', seq: 50, batch: makeBatch([{ ...bad, props: { ...bad.props, data: '%%%' } }]) });
    expect(await ws.next('error')).toMatchObject({ seq: 50, status: 400, code: 'SL_ERR_VALIDATION', field: '/events/0/props/data' });
    ws.socket.close();
  });
});
