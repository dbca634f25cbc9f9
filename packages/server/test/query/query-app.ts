import type { FastifyInstance } from 'fastify';
import { buildApp, createKeyRing } from '../../src/index';
import type { EventStore } from '../../src/store/event-store';
import type { OpenedStore, StoreTarget } from '../support/store-targets';

export interface QueryApp {
  app: FastifyInstance;
  store: EventStore;
  readKey: string;
  writeKey: string;
  /** GET with the read key; the JSON answer of a 200, else a failed expectation with the body. */
  get(url: string): Promise<any>;
  close(): Promise<void>;
}

/** A store on the target with the app in front of it, for `inject()`. */
export async function openQueryApp(target: StoreTarget, projectId = 'demo'): Promise<QueryApp> {
  const opened: OpenedStore = await target.open();
  const keys = createKeyRing(opened.store.keys);
  const { readKey, writeKey } = await keys.ensureProjectKeys(projectId);
  const app = buildApp({ store: opened.store, keys, rateLimit: false });
  await app.ready();
  return {
    app,
    store: opened.store,
    readKey,
    writeKey,
    async get(url) {
      const res = await app.inject({ method: 'GET', url, headers: { 'x-sightline-key': readKey } });
      if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body}`);
      return res.json();
    },
    async close() {
      await app.close();
      await opened.close();
    },
  };
}
