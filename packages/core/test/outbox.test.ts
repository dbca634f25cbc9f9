import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock, createTestClient } from '@sightline/core/testing';
import { persistedIds, tick, uniqueKey } from './helpers';
import type { SightlineEvent } from '../src/index';
import { createOutbox } from '../src/outbox/outbox';
import { createDiagnostics } from '../src/outbox/diagnostics';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('outbox and delivery', () => {
  it('persists events to IndexedDB before sending and deletes them only once delivered', async () => {
    const projectKey = uniqueKey();
    const { client, transport, clock } = createTestClient({ projectKey });
    let answer: 'retry' | 'delivered' = 'retry';
    transport.respond(() => (answer === 'retry' ? { status: 'retry', reason: 'offline' } : { status: 'delivered' }));
    client.track('one');
    client.track('two');
    await tick();
    expect(await persistedIds(projectKey)).toHaveLength(2);
    await clock.advance(5000);
    await tick();
    expect(transport.sends).toHaveLength(1);
    expect(await persistedIds(projectKey)).toHaveLength(2);
    answer = 'delivered';
    await clock.advance(2000);
    await tick();
    expect(transport.delivered.map((e) => e.name)).toEqual(['one', 'two']);
    expect(await persistedIds(projectKey)).toEqual([]);
  });

  it('a reload sends what an earlier page load left behind', async () => {
    const projectKey = uniqueKey();
    const clock = createFakeClock();
    const first = createTestClient({ projectKey, clock });
    first.transport.respond(() => ({ status: 'retry', reason: 'offline' }));
    first.client.track('left-behind');
    await clock.advance(5000);
    await tick();

    const second = createTestClient({ projectKey, clock });
    await tick();
    await clock.advance(5000);
    expect(second.transport.delivered.map((e) => e.name)).toEqual(['left-behind']);
  });

  it('backs off between retries and honours the server’s Retry-After', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    const attempts: number[] = [];
    transport.respond(() => {
      attempts.push(clock.now());
      return attempts.length < 3 ? { status: 'retry', reason: '503', afterMs: 30_000 } : { status: 'delivered' };
    });
    client.track('eventually');
    await clock.advance(5000);
    await clock.advance(120_000);
    expect(attempts).toHaveLength(3);
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(30_000);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(30_000);
    expect(transport.delivered).toHaveLength(1);
  });

  it('splits a batch the server finds too large, down to one event, then drops that one as too_large', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    transport.respond((batch) =>
      batch.events.some((e) => e.name === 'huge') ? { status: 'rejected', reason: 'too_large' } : { status: 'delivered' },
    );
    for (let i = 0; i < 7; i++) client.track(i === 3 ? 'huge' : `ok-${i}`);
    await clock.advance(5000);
    expect(transport.delivered.map((e) => e.name).sort()).toEqual(['ok-0', 'ok-1', 'ok-2', 'ok-4', 'ok-5', 'ok-6']);
    expect(client.diagnostics()).toMatchObject({ created: 7, delivered: 6, dropped: { too_large: 1 }, pending: 0 });
  });

  it('drops batches the server rejects for good, and counts them', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    transport.respond(() => ({ status: 'rejected', reason: '400' }));
    client.track('bad');
    await clock.advance(5000);
    await clock.advance(120_000);
    expect(transport.sends).toHaveLength(1);
    expect(client.diagnostics()).toMatchObject({ created: 1, dropped: { rejected: 1 }, pending: 0 });
  });

  it('is bounded: past its caps it drops new events and counts them', () => {
    const { client } = createTestClient({ projectKey: uniqueKey(), outbox: { maxEvents: 10, maxEventBytes: 2000 } });
    client.track('big', { blob: 'x'.repeat(5000) });
    for (let i = 0; i < 12; i++) client.track('e');
    expect(client.diagnostics()).toMatchObject({ created: 13, pending: 10, dropped: { too_large: 1, queue_full: 2 } });
  });

  it('counts each event by the UTF-8 bytes of its JSON', () => {
    const outbox = createOutbox({ maxEvents: 10, maxBytes: 1_000_000, maxEventBytes: 60_000 }, createDiagnostics());
    const event = (id: string, text: string) => ({ v: 1, id, type: 'custom', name: text, ts: 1, sessionId: 's', anonymousId: 'a', page: { url: '', path: '', title: '', referrer: '', viewport: { w: 0, h: 0 }, docHeight: 0 } }) as SightlineEvent;
    const texts = ['plain', 'café crème', '12 € · 5 ₹', 'ÆØÅ 日本語 ok'];
    texts.forEach((text, i) => outbox.add(event(String(i), text)));
    const taken = outbox.take(10, Number.POSITIVE_INFINITY);
    expect(taken.map((entry) => entry.bytes)).toEqual(taken.map((entry) => new TextEncoder().encode(JSON.stringify(entry.event)).length));
  });

  it('sends within the unload budget on page hide', async () => {
    const { client, transport } = createTestClient({ projectKey: uniqueKey() });
    for (let i = 0; i < 120; i++) client.track('pending', { pad: 'y'.repeat(900) });
    window.dispatchEvent(new Event('pagehide'));
    await tick();
    const urgent = transport.sends.filter((s) => s.options.urgent);
    const bytes = urgent.map((s) => JSON.stringify(s.batch).length);
    expect(urgent.length).toBeGreaterThan(0);
    expect(Math.max(...bytes)).toBeLessThanOrEqual(60_000);
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000);
    expect(client.diagnostics().pending).toBe(120 - transport.delivered.length);
  });
});
