import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, createDuckDbStore, createKeyRing, startServer, type EventStore, type RunningServer } from '../src/index';
import { makeBatch, makeEvent, makeTempDir } from './helpers';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempData() {
  const temp = await makeTempDir();
  cleanups.push(temp.remove);
  return join(temp.dir, 'nested', 'sightline.duckdb');
}

async function start(dataPath: string, options: Parameters<typeof startServer>[0] = {}) {
  const server = await startServer({ port: 0, dataPath, ...options });
  cleanups.push(() => server.close());
  return server;
}

interface Answer {
  status: number;
  body: string;
  socket: unknown;
}

function send(server: RunningServer, agent: Agent, method: string, path: string, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      {
        method,
        agent,
        headers: { 'content-type': 'application/json', 'x-sightline-key': server.writeKey },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, socket: req.socket }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('startServer', () => {
  it('serves the next request on the same keep-alive connection after a 413', async () => {
    const server = await start(await tempData(), { bodyLimit: 16 * 1024 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(async () => agent.destroy());
    const big = JSON.stringify(makeBatch(Array.from({ length: 100 }, () => makeEvent())));
    expect(big.length).toBeGreaterThan(16 * 1024);

    const tooLarge = await send(server, agent, 'POST', '/v1/batch', big);
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body).error.code).toBe('SL_ERR_TOO_LARGE');
    const ok = await send(server, agent, 'POST', '/v1/batch', JSON.stringify(makeBatch([makeEvent()])));
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ accepted: 1, duplicates: 0 });
    expect(ok.socket).toBe(tooLarge.socket);
  });

  it('creates the data file, generates keys once, and keeps data across a restart', async () => {
    const dataPath = await tempData();
    const first = await start(dataPath);
    expect(first.dataPath).toBe(dataPath);
    expect(first.projectId).toBe('default');
    expect(first.writeKey).toMatch(/^sl_w_[0-9A-Za-z]{24}$/);
    expect(first.readKey).toMatch(/^sl_r_[0-9A-Za-z]{24}$/);
    const agent = new Agent({ keepAlive: false });
    const events = [makeEvent(), makeEvent()];
    expect((await send(first, agent, 'POST', '/v1/batch', JSON.stringify(makeBatch(events)))).status).toBe(200);
    await first.close();
    await first.close();

    const second = await start(dataPath);
    expect(second.writeKey).toBe(first.writeKey);
    expect(second.readKey).toBe(first.readKey);
    const res = await fetch(`${second.url}/v1/events`, { headers: { 'x-sightline-key': second.readKey } });
    expect(await res.json()).toEqual({ events });
  });

  it('uses and stores keys given as options', async () => {
    const dataPath = await tempData();
    const writeKey = 'my_write_key_0123456789';
    const readKey = 'my_read_key_0123456789';
    const first = await start(dataPath, { projectId: 'shop', writeKey, readKey });
    expect([first.writeKey, first.readKey]).toEqual([writeKey, readKey]);
    await first.close();
    // A later start without flags still accepts them.
    const second = await start(dataPath, { projectId: 'shop' });
    expect([second.writeKey, second.readKey]).toEqual([writeKey, readKey]);
    const res = await fetch(`${second.url}/v1/events/count`, { headers: { authorization: `Bearer ${readKey}` } });
    expect(await res.json()).toEqual({ count: 0 });
  });

  it('refuses a key that belongs to another project', async () => {
    const dataPath = await tempData();
    const first = await start(dataPath, { projectId: 'a' });
    await first.close();
    await expect(start(dataPath, { projectId: 'b', writeKey: first.writeKey })).rejects.toMatchObject({
      code: 'SL_ERR_KEY_CONFLICT',
    });
    // The failed start released the file.
    const again = await start(dataPath, { projectId: 'a' });
    expect(again.writeKey).toBe(first.writeKey);
  });

});

describe('closing', () => {
  it('answers in-flight requests before the store closes', async () => {
    const dataPath = await tempData();
    const store = await createDuckDbStore({ path: dataPath });
    const keys = createKeyRing(store.keys);
    const { writeKey } = await keys.ensureProjectKeys('p');
    let insertStarted!: () => void;
    const started = new Promise<void>((resolve) => (insertStarted = resolve));
    const slowStore: EventStore = {
      ...store,
      async insertBatch(...args) {
        insertStarted();
        await new Promise((resolve) => setTimeout(resolve, 100));
        return store.insertBatch(...args);
      },
    };
    // The same wiring as startServer: the store closes in onClose, after requests drain.
    const app = buildApp({ store: slowStore, keys });
    app.addHook('onClose', () => store.close());
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    const inFlight = fetch(`http://127.0.0.1:${port}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sightline-key': writeKey },
      body: JSON.stringify(makeBatch([makeEvent()])),
    });
    await started;
    const closed = app.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0 });
    await closed;
    await expect(store.countEvents('p')).rejects.toMatchObject({ code: 'SL_ERR_STORE_CLOSED' });
  });
});
