import { connect as netConnect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent } from './helpers';
import { connect, type LiveApp, openListeningApp } from './ops-helpers';

let t: LiveApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function open(options: Parameters<typeof openListeningApp>[0] = {}) {
  t = await openListeningApp(options);
  return t;
}

describe('GET /v1/ws', () => {
  it('authenticates by ?key=, acknowledges each batch by seq after storing it, and counts duplicates', async () => {
    const s = await open();
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    expect(await ws.next()).toEqual({ type: 'ready', maxFrameBytes: 1024 * 1024 + 256 });
    const batch = makeBatch([makeEvent(), makeEvent()]);
    ws.send({ type: 'batch', seq: 17, batch });
    expect(await ws.next()).toEqual({ type: 'ack', seq: 17, accepted: 2, duplicates: 0 });
    expect(await s.store.countEvents('demo')).toBe(2);
    ws.send({ type: 'batch', seq: 18, batch });
    expect(await ws.next()).toEqual({ type: 'ack', seq: 18, accepted: 0, duplicates: 2 });
    ws.socket.close();
  });

  it('authenticates by a first auth frame, and answers ping frames', async () => {
    const s = await open();
    const ws = connect(`${s.wsUrl}/v1/ws`);
    ws.send({ type: 'auth', key: s.writeKey });
    expect((await ws.next()).type).toBe('ready');
    ws.send({ type: 'ping' });
    expect(await ws.next()).toEqual({ type: 'pong' });
    ws.send({ type: 'batch', seq: 1, batch: makeBatch([makeEvent()]) });
    expect(await ws.next()).toMatchObject({ type: 'ack', seq: 1, accepted: 1 });
    ws.socket.close();
  });

  it('processes batch frames sent right behind the auth frame', async () => {
    const s = await open();
    const ws = connect(`${s.wsUrl}/v1/ws`);
    await new Promise((resolve) => ws.socket.once('open', resolve));
    ws.send({ type: 'auth', key: s.writeKey });
    for (let seq = 0; seq < 5; seq++) ws.send({ type: 'batch', seq, batch: makeBatch([makeEvent()]) });
    const acks = await Promise.all([0, 1, 2, 3, 4].map(() => ws.next('ack')));
    expect(acks.map((a) => a.seq).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(await s.store.countEvents('demo')).toBe(5);
    ws.socket.close();
  });

  it('answers an invalid batch with an error frame naming the field, and stays open', async () => {
    const s = await open();
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await ws.next('ready');
    const bad = makeBatch([{ ...makeEvent(), ts: 'soon' } as never]);
    ws.send({ type: 'batch', seq: 5, batch: bad });
    expect(await ws.next()).toEqual({
      type: 'error',
      seq: 5,
      status: 400,
      code: 'SL_ERR_VALIDATION',
      message: 'events/0/ts must be integer',
      field: '/events/0/ts',
    });
    ws.send('{not json');
    expect(await ws.next()).toMatchObject({ type: 'error', status: 400, code: 'SL_ERR_MALFORMED_JSON' });
    ws.send({ type: 'batch', seq: -1, batch: {} });
    expect(await ws.next()).toMatchObject({ type: 'error', status: 400, code: 'SL_ERR_VALIDATION', field: '/seq' });
    ws.send({ type: 'batch', seq: 6, batch: makeBatch([makeEvent()]) });
    expect(await ws.next()).toMatchObject({ type: 'ack', seq: 6, accepted: 1 });
    expect(await s.store.countEvents('demo')).toBe(1);
    ws.socket.close();
  });

  it('refuses a read key, an unknown key and another project by close code with a readable error', async () => {
    const s = await open();
    const read = connect(`${s.wsUrl}/v1/ws?key=${s.readKey}`);
    expect(await read.next()).toMatchObject({ type: 'error', status: 403, code: 'SL_ERR_WRONG_KEY_KIND' });
    expect((await read.closed).code).toBe(4403);
    const unknown = connect(`${s.wsUrl}/v1/ws`);
    unknown.send({ type: 'auth', key: 'sl_w_000000000000000000000000' });
    expect(await unknown.next()).toMatchObject({ type: 'error', status: 401, code: 'SL_ERR_INVALID_KEY' });
    expect((await unknown.closed).code).toBe(4401);
    const other = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}&project=shop`);
    expect(await other.next()).toMatchObject({ type: 'error', status: 401, code: 'SL_ERR_INVALID_KEY' });
    expect(await s.store.countEvents('demo')).toBe(0);
  });

  it("refuses a browser origin the project's CORS policy does not allow", async () => {
    const s = await open({ cors: { demo: ['https://shop.example'] } });
    const foreign = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`, { origin: 'https://evil.example' });
    expect(await foreign.next()).toMatchObject({ type: 'error', status: 403, code: 'SL_ERR_ORIGIN_NOT_ALLOWED' });
    expect((await foreign.closed).code).toBe(4403);
    const allowed = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`, { origin: 'https://shop.example' });
    expect((await allowed.next()).type).toBe('ready');
    allowed.socket.close();
  });

  it('closes a connection whose key is revoked while it is open', async () => {
    const s = await open();
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await ws.next('ready');
    await s.keys.revoke(s.writeKey);
    ws.send({ type: 'batch', seq: 3, batch: makeBatch([makeEvent()]) });
    expect(await ws.next()).toMatchObject({ type: 'error', seq: 3, status: 401, code: 'SL_ERR_INVALID_KEY' });
    expect((await ws.closed).code).toBe(4401);
    expect(await s.store.countEvents('demo')).toBe(0);
  });

  it('closes a connection that does not authenticate within the auth timeout', async () => {
    const s = await open({ ws: { authTimeoutMs: 600 } });
    const idle = connect(`${s.wsUrl}/v1/ws`);
    expect(await idle.next()).toMatchObject({ type: 'error', status: 401, code: 'SL_ERR_MISSING_KEY' });
    expect((await idle.closed).code).toBe(4401);
    const early = connect(`${s.wsUrl}/v1/ws`);
    early.send({ type: 'batch', seq: 1, batch: makeBatch([makeEvent()]) });
    expect(await early.next()).toMatchObject({ type: 'error', code: 'SL_ERR_MISSING_KEY', message: /first frame/ });
  });

  it('closes with 1009 on a frame over the limit, and stores nothing from it', async () => {
    const s = await open({ bodyLimit: 16 * 1024 });
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await ws.next('ready');
    const below = makeBatch(Array.from({ length: 5 }, () => makeEvent()));
    ws.send({ type: 'batch', seq: 1, batch: below });
    expect(await ws.next()).toMatchObject({ type: 'ack', seq: 1, accepted: 5 });
    const big = makeBatch(Array.from({ length: 60 }, () => makeEvent()));
    expect(JSON.stringify(big).length).toBeGreaterThan(16 * 1024);
    ws.send({ type: 'batch', seq: 2, batch: big });
    expect((await ws.closed).code).toBe(1009);
    expect(await s.store.countEvents('demo')).toBe(5);
    const metrics = await (await fetch(`${s.url}/metrics`)).text();
    expect(metrics).toContain('sightline_ingest_rejected_total{reason="too_large"} 1');
  });

  it('answers an unparsable or unknown upgrade with a plain HTTP error, and keeps serving', async () => {
    const s = await open();
    const upgrade = (path: string) =>
      new Promise<string>((resolve) => {
        const socket = netConnect(Number(new URL(s.url).port), '127.0.0.1', () =>
          socket.write(`GET ${path} HTTP/1.1\r\nhost: x\r\nupgrade: websocket\r\nconnection: Upgrade\r\nsec-websocket-version: 13\r\nsec-websocket-key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`),
        );
        let text = '';
        socket.on('data', (chunk) => (text += chunk));
        socket.on('close', () => resolve(text));
      });
    expect(await upgrade('//[bad')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await upgrade('/v1/nope')).toMatch(/^HTTP\/1\.1 404 /);
    expect((await fetch(`${s.url}/health`)).status).toBe(200);
  });

  it('answers a plain GET with 426', async () => {
    const s = await open();
    const res = await fetch(`${s.url}/v1/ws`);
    expect(res.status).toBe(426);
  });

  it('keeps a client that answers pings, and terminates one that stops answering', async () => {
    const s = await open({ ws: { heartbeatMs: 100 } });
    const healthy = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await healthy.next('ready');
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect(healthy.socket.readyState).toBe(healthy.socket.OPEN);
    healthy.send({ type: 'batch', seq: 1, batch: makeBatch([makeEvent()]) });
    expect(await healthy.next()).toMatchObject({ type: 'ack', seq: 1 });
    healthy.socket.close();
  });

  it('terminates a client that stops answering pings', async () => {
    const s = await open({ ws: { heartbeatMs: 100 } });
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await ws.next('ready');
    // The ws client answers pings by itself; pausing its socket makes it a dead peer.
    const raw = (ws.socket as unknown as { _socket: { pause(): void; destroy(): void } })._socket;
    raw.pause();
    const openSockets = async () => (await (await fetch(`${s.url}/metrics`)).text()).match(/websockets_open\{kind="ingest"\} (\d+)/)?.[1];
    expect(await openSockets()).toBe('1');
    await expect.poll(openSockets, { timeout: 3000, interval: 50 }).toBe('0');
    raw.destroy();
  });

  it('stores the batches in flight before closing, then closes with 1001', async () => {
    const s = await open();
    const ws = connect(`${s.wsUrl}/v1/ws?key=${s.writeKey}`);
    await ws.next('ready');
    for (let seq = 0; seq < 10; seq++) ws.send({ type: 'batch', seq, batch: makeBatch([makeEvent(), makeEvent()]) });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await s.app.close();
    const { code } = await ws.closed;
    expect(code).toBe(1001);
    const acked = ws.frames.filter((f) => f.type === 'ack').reduce((n, f) => n + (f.accepted as number), 0);
    const retried = ws.frames.filter((f) => f.type === 'retry').length;
    expect(acked + retried * 2).toBe(20);
    expect(await s.store.countEvents('demo')).toBe(acked);
  });
});
