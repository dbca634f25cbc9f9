import { afterEach, describe, expect, it } from 'vitest';
import type { EventStore } from '../src/index';
import { makeBatch, makeEvent } from './helpers';
import { connect, type LiveApp, openListeningApp } from './ops-helpers';

let t: LiveApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The real store, with a switch that makes it fail as an unreachable database would. */
function switchable() {
  const state = { down: false };
  const wrap = (store: EventStore): EventStore => {
    const fail = () => Promise.reject(new Error('connection refused'));
    return Object.assign(Object.create(store) as EventStore, {
      insertBatch: (...args: Parameters<EventStore['insertBatch']>) => (state.down ? fail() : store.insertBatch(...args)),
      ping: () => (state.down ? fail() : store.ping()),
    });
  };
  return { state, wrap };
}

describe('while the store is unavailable', () => {
  it('answers 503 with Retry-After over HTTP and retry over WS, reports /health unhealthy, and recovers', async () => {
    const { state, wrap } = switchable();
    const s = (t = await openListeningApp({ wrapStore: wrap }));
    const post = (body: unknown) =>
      fetch(`${s.url}/v1/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sightline-key': s.writeKey },
        body: JSON.stringify(body),
      });
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await ws.next('ready');
    const batch = makeBatch([makeEvent(), makeEvent()]);

    state.down = true;
    const refused = await post(batch);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect((await refused.json()).error.code).toBe('SL_ERR_UNAVAILABLE');
    ws.send({ type: 'batch', seq: 9, batch });
    expect(await ws.next()).toEqual({ type: 'retry', seq: 9, afterMs: 1000, status: 503, code: 'SL_ERR_UNAVAILABLE' });
    const health = await fetch(`${s.url}/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', store: 'unreachable' });
    expect(await s.store.countEvents('demo')).toBe(0);

    state.down = false;
    expect((await fetch(`${s.url}/health`)).status).toBe(200);
    expect(await (await post(batch)).json()).toEqual({ accepted: 2, duplicates: 0 });
    ws.send({ type: 'batch', seq: 9, batch });
    expect(await ws.next()).toEqual({ type: 'ack', seq: 9, accepted: 0, duplicates: 2 });
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toContain('sightline_ingest_rejected_total{reason="unavailable"} 2');
    ws.socket.close();
  });

  it('reports /health unhealthy within the ping timeout when the store hangs', async () => {
    const s = (t = await openListeningApp({
      wrapStore: (store) => Object.assign(Object.create(store) as EventStore, { ping: () => new Promise<void>(() => undefined) }),
    }));
    const started = Date.now();
    const health = await fetch(`${s.url}/health`);
    expect(health.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
