import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { createLiveHub } from '../src/live/live-hub';
import { createMetrics } from '../src/ops/metrics';
import { subscribeSocket } from '../src/ws/live-socket';
import { makeBatch, makeEvent } from './helpers';
import { connect, type LiveApp, openListeningApp } from './ops-helpers';

let t: LiveApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const post = (s: LiveApp, body: unknown) =>
  fetch(`${s.url}/v1/batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sightline-key': s.writeKey },
    body: JSON.stringify(body),
  });

describe('GET /v1/live', () => {
  it('streams stored events to a read-key subscriber, filtered by type and session, new ones only', async () => {
    const s = (t = await openListeningApp());
    const all = connect(`${s.wsUrl}/v1/live`, { 'x-sightline-key': s.readKey });
    const filtered = connect(`${s.wsUrl}/v1/live?types=click,score&sessionId=s-2`);
    filtered.send({ type: 'auth', key: s.readKey });
    await all.next('ready');
    await filtered.next('ready');
    const click = makeEvent({ sessionId: 's-2' });
    const otherSession = makeEvent({ sessionId: 's-1' });
    const pageview = makeEvent({ sessionId: 's-2', type: 'pageview' });
    const batch = makeBatch([click, otherSession, pageview]);
    expect((await post(s, batch)).status).toBe(200);
    expect(await all.next('events')).toEqual({ type: 'events', events: [click, otherSession, pageview] });
    expect(await filtered.next('events')).toEqual({ type: 'events', events: [click] });
    // A re-sent batch is all duplicates: nothing is published again.
    expect(await (await post(s, batch)).json()).toEqual({ accepted: 0, duplicates: 3 });
    const later = makeEvent({ sessionId: 's-2' });
    await post(s, makeBatch([later]));
    expect(await all.next('events')).toEqual({ type: 'events', events: [later] });
    expect(await filtered.next('events')).toEqual({ type: 'events', events: [later] });
  });

  it('streams batches that came over the WebSocket ingest too', async () => {
    const s = (t = await openListeningApp());
    const live = connect(`${s.wsUrl}/v1/live`, { authorization: `Bearer ${s.readKey}` });
    await live.next('ready');
    const ingest = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    const event = makeEvent();
    ingest.send({ type: 'batch', seq: 1, batch: makeBatch([event]) });
    expect(await live.next('events')).toEqual({ type: 'events', events: [event] });
    ingest.socket.close();
  });

  it('refuses a write key, a read key in the URL, and a bad filter', async () => {
    const s = (t = await openListeningApp());
    const write = connect(`${s.wsUrl}/v1/live`, { 'x-sightline-key': s.writeKey });
    expect(await write.next()).toMatchObject({ type: 'error', status: 403, code: 'SL_ERR_WRONG_KEY_KIND' });
    expect((await write.closed).code).toBe(4403);
    const inUrl = connect(`${s.wsUrl}/v1/live?key=${s.readKey}`);
    expect(await inUrl.next()).toMatchObject({ type: 'error', status: 401, message: /not accepted in the URL/ });
    expect((await inUrl.closed).code).toBe(4401);
    const badFilter = connect(`${s.wsUrl}/v1/live?types=`, { 'x-sightline-key': s.readKey });
    expect(await badFilter.next()).toMatchObject({ type: 'error', status: 400, field: '/types' });
  });
});

describe('a slow live subscriber', () => {
  it('is closed with 1013 and counted, and never holds up the publisher', () => {
    const hub = createLiveHub();
    const metrics = createMetrics();
    const sent: string[] = [];
    const closes: number[] = [];
    const socket = Object.assign(new EventEmitter(), {
      OPEN: 1,
      readyState: 1,
      bufferedAmount: 0,
      send: (text: string) => sent.push(text),
      close(code: number) {
        closes.push(code);
        socket.readyState = 3;
        socket.emit('close');
      },
    });
    subscribeSocket(socket as unknown as WebSocket, 'demo', {}, { hub, metrics, maxBufferedBytes: 1000 });
    const first = makeEvent();
    hub.publish('demo', [first], { accepted: 1, duplicates: 0 });
    expect(sent).toHaveLength(1);
    socket.bufferedAmount = 5000;
    hub.publish('demo', [makeEvent(), makeEvent()], { accepted: 2, duplicates: 0 });
    expect(sent).toHaveLength(1);
    expect(closes).toEqual([1013]);
    expect(hub.subscriberCount()).toBe(0);
    expect(metrics.render()).toContain('sightline_live_dropped_events_total 2');
  });
});
