import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createClickHouseStore } from '../../src/store/clickhouse/clickhouse-store';
import { createDuckDbStore } from '../../src/store/duckdb/duckdb-store';
import type { EventStore } from '../../src/store/event-store';
import { makeTempDir } from '../helpers';

export interface OpenedStore {
  store: EventStore;
  /** Another store on the same data, as a second server node would open it (ClickHouse only). */
  openPeer?: () => Promise<EventStore>;
  close(): Promise<void>;
}

export interface StoreTarget {
  name: 'duckdb' | 'clickhouse';
  open(): Promise<OpenedStore>;
}

const duckdb: StoreTarget = {
  name: 'duckdb',
  async open() {
    const temp = await makeTempDir();
    const store = await createDuckDbStore({ path: join(temp.dir, 'events.duckdb') });
    return {
      store,
      async close() {
        await store.close();
        await temp.remove();
      },
    };
  },
};

/** Each open gets a database of its own on the shared cluster, so test files never collide. */
const clickhouse: StoreTarget = {
  name: 'clickhouse',
  async open() {
    const target = inject('clickhouse');
    if ('error' in target) throw new Error(target.error);
    const options = { url: target.urls, cluster: target.cluster, database: `t_${randomBytes(6).toString('hex')}` };
    const store = await createClickHouseStore(options);
    const peers: EventStore[] = [];
    return {
      store,
      async openPeer() {
        const peer = await createClickHouseStore({ ...options, url: [...target.urls].reverse() });
        peers.push(peer);
        return peer;
      },
      async close() {
        for (const peer of peers) await peer.close();
        await store.close();
      },
    };
  },
};

export const STORE_TARGETS: readonly StoreTarget[] = [duckdb, clickhouse];
