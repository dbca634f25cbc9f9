import { randomBytes } from 'node:crypto';
import type { SightlineEvent } from '@sightline/core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index';
import { createLiveHub } from '../src/live/live-hub';
import { startStoreTail, type StoreTail } from '../src/live/store-tail';
import { makeBatch, makeEvent } from './helpers';
import { connect } from './ops-helpers';
import { STORE_TARGETS } from './support/store-targets';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const until = async (done: () => boolean, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// Stored now, so the tail (which starts from now) sees them as live.
const liveEvent = (overrides: Partial<SightlineEvent> = {}) => makeEvent({ ts: Date.now(), ...overrides });

describe.each(STORE_TARGETS)('live stream through the store ($name)', (target) => {
  it('publishes what another node stored, once, and nothing this node already published', { timeout: 20_000 }, async () => {
    const opened = await target.open();
    cleanups.push(() => opened.close());
    const hub = createLiveHub();
    const received: SightlineEvent[] = [];
    const unsubscribe = hub.subscribe('demo', {}, (events) => received.push(...events));
    cleanups.push(async () => unsubscribe());
    const errors: unknown[] = [];
    const tail: StoreTail = startStoreTail({ reader: opened.store.reader, hub, pollMs: 50, onError: (error) => errors.push(error) });
    cleanups.push(() => tail.stop());
    // Another node (ClickHouse: a second store on the cluster; DuckDB: the store itself, as if by
    // another writer) stores a batch: it reaches this node's subscriber.
    const other = opened.openPeer ? await opened.openPeer() : opened.store;
    const remote = [liveEvent(), liveEvent({ type: 'score', props: { 'frustration.score': 12 } })];
    await other.insertBatch('demo', remote, Date.now());
    await until(() => received.length >= 2 || errors.length > 0);
    expect(errors).toEqual([]);
    expect(received.map((e) => e.id)).toEqual(remote.map((e) => e.id));
    // This node stores and publishes a batch itself: the tail reads it too, and drops it.
    const local = [liveEvent()];
    const result = await opened.store.insertBatch('demo', local, Date.now());
    hub.publish('demo', local, result);
    await sleep(400);
    expect(received.map((e) => e.id)).toEqual([...remote, ...local].map((e) => e.id));
    // Another project's events never reach this project's subscriber.
    await other.insertBatch('elsewhere', [liveEvent()], Date.now());
    await sleep(300);
    expect(received).toHaveLength(3);
  });

  it('reads nothing while no one subscribes, and stops', async () => {
    const opened = await target.open();
    cleanups.push(() => opened.close());
    const reader = opened.store.reader;
    let reads = 0;
    const counting = { ...reader, dialect: reader.dialect, rows: (sql: string) => (reads++, reader.rows(sql)) };
    const hub = createLiveHub();
    const tail = startStoreTail({ reader: counting, hub, pollMs: 20, onError: () => undefined });
    await sleep(150);
    expect(reads).toBe(0);
    const unsubscribe = hub.subscribe('demo', {}, () => undefined);
    await until(() => reads > 0);
    expect(reads).toBeGreaterThan(0);
    unsubscribe();
    await tail.stop();
    const after = reads;
    await sleep(150);
    expect(reads).toBe(after);
  });
});

describe('two server nodes on one ClickHouse', () => {
  it("stream each other's events to live subscribers within a second", async () => {
    const target = inject('clickhouse');
    if ('error' in target) throw new Error(`ClickHouse is needed (apt-get install -y clickhouse-server): ${target.error}`);
    const clickhouse = { url: target.urls, cluster: target.cluster, database: `t_${randomBytes(6).toString('hex')}` };
    const keys = { writeKey: `sl_w_${randomBytes(12).toString('hex')}`, readKey: `sl_r_${randomBytes(12).toString('hex')}` };
    const nodes: RunningServer[] = [];
    for (let i = 0; i < 2; i++) {
      const node = await startServer({ port: 0, store: 'clickhouse', clickhouse, ...keys, rateLimit: false, live: { pollMs: 100 } });
      nodes.push(node);
      cleanups.push(() => node.close());
    }
    const [a, b] = nodes as [RunningServer, RunningServer];
    const live = connect(`${a.url.replace('http', 'ws')}/v1/live`, { 'x-sightline-key': keys.readKey });
    cleanups.push(async () => live.socket.close());
    await live.next('ready');
    const event = liveEvent();
    const started = Date.now();
    const answer = await fetch(`${b.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sightline-key': keys.writeKey },
      body: JSON.stringify(makeBatch([event])),
    });
    expect(answer.status).toBe(200);
    expect(await live.next('events')).toEqual({ type: 'events', events: [event] });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
