import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Batch, type SightlineEvent, uuidv7 } from '@sightline/core';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, createDuckDbStore, createKeyRing, type DuckDbStore, type KeyRing } from '../src/index';

export async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  // Real path: the store reports the resolved path of its file (on macOS /var is a symlink).
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'sightline-server-')));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

let clock = 1_760_000_000_000;

export function makeEvent(overrides: Partial<SightlineEvent> = {}): SightlineEvent {
  clock += 7;
  return {
    v: 1,
    id: uuidv7(clock),
    type: 'click',
    ts: clock,
    sessionId: 's-1',
    anonymousId: 'a-1',
    page: {
      url: 'https://shop.example/cart?step=2',
      path: '/cart',
      title: 'Cart',
      referrer: '',
      viewport: { w: 1280, h: 720 },
      docHeight: 2400,
    },
    target: { selector: 'main > button.buy', tag: 'button', text: 'Buy now', rect: { x: 10, y: 20, w: 100, h: 40 } },
    pos: { pageX: 60, pageY: 40, relX: 0.5, relY: 0.5 },
    props: { plan: 'pro', nested: { list: [1, 'two', null, true] } },
    ...overrides,
  };
}

export const makeBatch = (events: SightlineEvent[]): Batch => ({ v: 1, sentAt: Date.now(), events });

export interface TestApp {
  app: FastifyInstance;
  store: DuckDbStore;
  keys: KeyRing;
  writeKey: string;
  readKey: string;
  dir: string;
  /** Stored events of the test project, read straight from the store. */
  count(): Promise<number>;
  /** `POST /v1/batch` of these events with the write key. */
  post(events: SightlineEvent[]): Promise<LightMyRequestResponse>;
  /** `GET` with the read key (or the given one). */
  get(url: string, key?: string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function openTestApp(options: { bodyLimit?: number } = {}): Promise<TestApp> {
  const temp = await makeTempDir();
  const store = await createDuckDbStore({ path: join(temp.dir, 'data', 'test.duckdb') });
  const keys = createKeyRing(store.keys);
  const { writeKey, readKey } = await keys.ensureProjectKeys('demo');
  const app = buildApp({ store, keys, ...options });
  await app.ready();
  return {
    app,
    store,
    keys,
    writeKey,
    readKey,
    dir: temp.dir,
    count: () => store.countEvents('demo'),
    post: (events) => app.inject({ method: 'POST', url: '/v1/batch', headers: { 'x-sightline-key': writeKey }, payload: makeBatch(events) }),
    get: (url, key = readKey) => app.inject({ method: 'GET', url, headers: { 'x-sightline-key': key } }),
    async close() {
      await app.close();
      await store.close();
      await temp.remove();
    },
  };
}
