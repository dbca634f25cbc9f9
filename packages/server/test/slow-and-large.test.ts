import { connect as netConnect, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent } from './helpers';
import { type LiveApp, openListeningApp } from './ops-helpers';

let t: LiveApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

function rawSocket(s: LiveApp): Promise<Socket> {
  const port = Number(new URL(s.url).port);
  return new Promise((resolve, reject) => {
    const socket = netConnect(port, '127.0.0.1', () => resolve(socket));
    socket.on('error', reject);
  });
}

/** Resolves with everything the server sent once it closes the connection, and when. */
const whenClosed = (socket: Socket) =>
  new Promise<{ text: string; at: number }>((resolve) => {
    let text = '';
    socket.on('data', (chunk) => (text += chunk));
    socket.on('close', () => resolve({ text, at: Date.now() }));
  });

function request(body: string | Buffer, key: string, extra = ''): Buffer {
  const head = `POST /v1/batch HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-sightline-key: ${key}\r\n${extra}content-length: ${body.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
}

/** Sends one request on a kept-alive socket and reads exactly one response. */
function exchange(socket: Socket, bytes: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk;
      const end = text.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(text)?.[1] ?? -1);
      if (end >= 0 && length >= 0 && text.length >= end + 4 + length) {
        socket.off('data', onData);
        resolve({ status: Number(text.slice(9, 12)), body: text.slice(end + 4, end + 4 + length) });
      }
    };
    socket.on('data', onData);
    socket.write(bytes);
  });
}

describe('slow clients', () => {
  it('closes a connection that sends a partial request line past the header timeout', async () => {
    const s = (t = await openListeningApp({ timeouts: { headerMs: 300 } }));
    const socket = await rawSocket(s);
    const started = Date.now();
    const closed = whenClosed(socket);
    socket.write('POST /v1/ba');
    const { text, at } = await closed;
    expect(at - started).toBeGreaterThanOrEqual(250);
    // Generous: the machine running the suite may be busy; the point is that it closes at all.
    expect(at - started).toBeLessThan(5000);
    expect(text === '' || text.startsWith('HTTP/1.1 408')).toBe(true);
  });

  it('still serves a client that sends its complete headers in time', async () => {
    const s = (t = await openListeningApp({ timeouts: { headerMs: 300 } }));
    const socket = await rawSocket(s);
    const answer = await exchange(socket, request(JSON.stringify(makeBatch([makeEvent()])), s.writeKey));
    expect(answer.status).toBe(200);
    socket.destroy();
  });

  it('drops a keep-alive connection left idle past the idle timeout', async () => {
    const s = (t = await openListeningApp({ timeouts: { idleMs: 200 } }));
    const socket = await rawSocket(s);
    const closed = whenClosed(socket);
    expect((await exchange(socket, request(JSON.stringify(makeBatch([makeEvent()])), s.writeKey))).status).toBe(200);
    const answeredAt = Date.now();
    const { at } = await closed;
    expect(at - answeredAt).toBeLessThan(5000);
  });
});

describe('size limits on one kept-alive connection', () => {
  const LIMIT = 64 * 1024;

  function batchOfSize(bytes: number): string {
    const base = JSON.stringify(makeBatch([makeEvent({ props: { pad: '' } })])).length;
    return JSON.stringify(makeBatch([makeEvent({ props: { pad: 'x'.repeat(bytes - base) } })]));
  }

  it('accepts cap - 1 KiB, answers 413 for cap + 1 KiB and 1.5x cap, and keeps serving the connection', async () => {
    const s = (t = await openListeningApp({ bodyLimit: LIMIT }));
    const socket = await rawSocket(s);
    expect((await exchange(socket, request(batchOfSize(LIMIT - 1024), s.writeKey))).status).toBe(200);
    for (const size of [LIMIT + 1024, LIMIT * 1.5]) {
      const answer = await exchange(socket, request(batchOfSize(size), s.writeKey));
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body).error.code).toBe('SL_ERR_TOO_LARGE');
    }
    expect((await exchange(socket, request(batchOfSize(2000), s.writeKey))).status).toBe(200);
    expect(socket.destroyed).toBe(false);
    socket.destroy();
    expect(await s.store.countEvents('demo')).toBe(2);
  });

  it('refuses a gzip bomb at the inflated-size cap without inflating it all', async () => {
    const s = (t = await openListeningApp({ bodyLimit: LIMIT }));
    // ~60 KB of gzip that would inflate to 64 MiB.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(LIMIT);
    const before = process.memoryUsage().rss;
    const socket = await rawSocket(s);
    const answer = await exchange(socket, request(bomb, s.writeKey, 'content-encoding: gzip\r\n'));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/inflated/);
    expect(process.memoryUsage().rss - before).toBeLessThan(48 * 1024 * 1024);
    expect((await exchange(socket, request(batchOfSize(2000), s.writeKey))).status).toBe(200);
    socket.destroy();
  });

  it('answers malformed JSON with 400 and keeps the connection', async () => {
    const s = (t = await openListeningApp({ bodyLimit: LIMIT }));
    const socket = await rawSocket(s);
    const answer = await exchange(socket, request('{"v":1,"events":[', s.writeKey));
    expect(answer.status).toBe(400);
    expect((await exchange(socket, request(batchOfSize(2000), s.writeKey))).status).toBe(200);
    socket.destroy();
  });
});
