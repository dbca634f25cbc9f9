import type { SightlineEvent } from '@sightline/core';
import { describe, expect, inject, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/parse-args';
import { startServer } from '../../src/index';
import { makeBatch, makeEvent } from '../helpers';

describe('startServer on ClickHouse', () => {
  it('serves ingest and queries, and several nodes share one cluster with its keys', async () => {
    const target = inject('clickhouse');
    if ('error' in target) throw new Error(target.error);
    const clickhouse = { url: target.urls, cluster: target.cluster, database: `n_${Date.now()}` };
    const first = await startServer({ port: 0, logger: false, store: 'clickhouse', clickhouse });
    const second = await startServer({ port: 0, logger: false, store: 'clickhouse', clickhouse: { ...clickhouse, url: [...target.urls].reverse() } });
    try {
      expect(second.writeKey).toBe(first.writeKey);
      expect(first.dataPath).toContain(`database ${clickhouse.database}, cluster ${target.cluster}`);
      const events = Array.from({ length: 20 }, (_, i) => makeEvent({ sessionId: `node-${i % 4}` }));
      const post = (url: string, batch: SightlineEvent[]) =>
        fetch(`${url}/v1/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-sightline-key': first.writeKey },
          body: JSON.stringify(makeBatch(batch)),
        }).then((res) => res.json());
      expect(await post(first.url, events)).toEqual({ accepted: 20, duplicates: 0 });
      expect(await post(second.url, events.slice(0, 5))).toEqual({ accepted: 0, duplicates: 5 });
      const read = await fetch(`${second.url}/v1/query/sessions`, { headers: { 'x-sightline-key': first.readKey } });
      expect((await read.json()).sessions).toHaveLength(4);
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('takes the store from flags and the environment', () => {
    const command = parseCliArgs(['--store', 'clickhouse', '--clickhouse-url', 'http://a:8123,http://b:8123', '--clickhouse-cluster', 'c1'], {
      SIGHTLINE_CLICKHOUSE_DATABASE: 'events_db',
    });
    expect(command).toMatchObject({
      kind: 'start',
      options: { store: 'clickhouse', clickhouse: { url: 'http://a:8123,http://b:8123', cluster: 'c1', database: 'events_db' } },
    });
  });
});
