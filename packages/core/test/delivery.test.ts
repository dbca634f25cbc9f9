import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createTestClient } from '@sightline/core/testing';
import { LEASE_MS, LEASE_SETTLE_MS } from '../src/delivery/flush-lock';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('delivery', () => {
  it('drains at once when the browser comes back online, without waiting out the backoff', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    let online = false;
    transport.respond(() => (online ? { status: 'delivered' } : { status: 'retry', reason: 'network' }));
    client.track('queued-offline');
    await clock.advance(5000);
    expect(transport.sends).toHaveLength(1);
    online = true;
    window.dispatchEvent(new Event('online'));
    await clock.advance(0);
    expect(transport.delivered.map((e) => e.name)).toEqual(['queued-offline']);
  });

  it('without Web Locks, waits while another tab holds the flush lease, and sends once it expires', async () => {
    const locks = Object.getOwnPropertyDescriptor(navigator, 'locks');
    delete (navigator as { locks?: unknown }).locks;
    onTestFinished(() => void (locks && Object.defineProperty(navigator, 'locks', locks)));
    const projectKey = uniqueKey();
    const { client, transport, clock } = createTestClient({ projectKey });
    const lease = `sightline:flush:${projectKey}`;
    localStorage.setItem(lease, JSON.stringify({ owner: 'another-tab', until: clock.now() + LEASE_MS }));
    client.track('waits-for-the-other-tab');
    await clock.advance(5000);
    expect(transport.sends).toHaveLength(0);
    await clock.advance(LEASE_MS + 2 * LEASE_SETTLE_MS);
    expect(transport.delivered.map((e) => e.name)).toEqual(['waits-for-the-other-tab']);
    expect(localStorage.getItem(lease)).toBeNull();
  });

  it('sends its counters as a diagnostics event', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    client.track('a');
    client.track('b');
    client.track('dropped-too-large', { pad: 'x'.repeat(70_000) });
    client.reportDiagnostics();
    await clock.advance(5000);
    const report = transport.delivered.find((e) => e.type === 'sdk_diagnostics');
    expect(report?.props).toEqual({ created: 3, delivered: 0, pending: 2, dropped: { too_large: 1 } });
    expect(client.diagnostics()).toMatchObject({ created: 4, delivered: 3, dropped: { too_large: 1 }, pending: 0 });
  });
});

describe('flush coalescing', () => {
  it('callers arriving mid-flush share one follow-up flush instead of queueing one each', async () => {
    const locks = (navigator as unknown as { locks: { request: (...args: unknown[]) => unknown } }).locks;
    const lockRequests = vi.spyOn(locks, 'request');
    onTestFinished(() => lockRequests.mockRestore());
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    let release: () => void = () => {};
    transport.respond(() => new Promise((resolve) => (release = () => resolve({ status: 'delivered' }))));
    for (let i = 0; i < 50; i++) client.track('first-batch');
    await clock.advance(0);
    expect(transport.sends).toHaveLength(0); // the first send is waiting for its answer
    // 200 more events: every one past a full batch asks for a flush while the first is running.
    for (let i = 0; i < 200; i++) client.track('while-sending');
    const flushes = [client.flush(), client.flush(), client.flush()];
    transport.respond(() => ({ status: 'delivered' }));
    release();
    await Promise.all(flushes);
    await clock.advance(0);
    expect(transport.delivered).toHaveLength(250);
    // One batch of 50, then the follow-up sends the 200 in 4 batches.
    expect(transport.sends).toHaveLength(5);
    // The lock was taken by the first flush and one shared follow-up, not once per caller.
    expect(lockRequests.mock.calls.length).toBeLessThanOrEqual(3);
  });
});
