import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '@sightline/core';
import { createTestClient } from '@sightline/core/testing';
import { batchSchema } from '@sightline/core';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('createClient', () => {
  it('sends a tracked event with ids, time and page after the batch interval', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    document.title = 'Shop';
    client.track('signup', { plan: 'pro', seats: 3 });
    await clock.advance(4999);
    expect(transport.sends).toHaveLength(0);
    await clock.advance(1);
    expect(transport.delivered).toHaveLength(1);
    const event = transport.delivered[0]!;
    expect(event).toMatchObject({ v: 1, type: 'custom', name: 'signup', props: { plan: 'pro', seats: 3 } });
    expect(event.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(event.ts).toBe(clock.now() - 5000);
    expect(event.page).toMatchObject({ url: location.href, path: location.pathname, title: 'Shop' });
    expect(event.sessionId).toBe(client.getSnapshot().sessionId);
    expect(event.anonymousId).toBe(client.getSnapshot().anonymousId);
  });

  it('flushes as soon as 50 events wait', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    for (let i = 0; i < 50; i++) client.track('e');
    await clock.advance(0);
    expect(transport.sends).toHaveLength(1);
    expect(transport.sends[0]!.batch.events).toHaveLength(50);
  });

  it('produces batches that satisfy the wire schema', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
    client.page();
    client.identify('user-1', { plan: 'pro' });
    await clock.advance(5000);
    const batch = transport.sends[0]!.batch;
    expect(batch.v).toBe(1);
    expect(Object.keys(batch).sort()).toEqual(Object.keys(batchSchema.properties).sort());
    expect(batch.events.map((e) => e.type)).toEqual(['pageview', 'identify']);
    expect(batch.events[1]!.userId).toBe('user-1');
  });

  it('identify and reset change the snapshot that adapters read', () => {
    const { client } = createTestClient({ projectKey: uniqueKey() });
    const seen: string[] = [];
    client.subscribe(() => seen.push(client.getSnapshot().userId ?? 'none'));
    const before = client.getSnapshot();
    client.identify('u-42');
    expect(client.getSnapshot().userId).toBe('u-42');
    client.reset();
    const after = client.getSnapshot();
    expect(after.userId).toBeUndefined();
    expect(after.anonymousId).not.toBe(before.anonymousId);
    expect(after.sessionId).not.toBe(before.sessionId);
    expect(seen).toEqual(['u-42', 'none']);
    expect(client.getSnapshot()).toBe(after);
  });

  it('keeps several clients on one page apart', async () => {
    const a = createTestClient({ projectKey: uniqueKey() });
    const b = createTestClient({ projectKey: uniqueKey() });
    a.client.track('only-a');
    await a.clock.advance(5000);
    await b.clock.advance(5000);
    expect(a.transport.delivered.map((e) => e.name)).toEqual(['only-a']);
    expect(b.transport.sends).toHaveLength(0);
    expect(a.client.getSnapshot().anonymousId).not.toBe(b.client.getSnapshot().anonymousId);
  });

  it('runs without a DOM', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), env: null });
    client.track('server-side');
    await clock.advance(5000);
    expect(transport.delivered[0]!.page).toEqual({ url: '', path: '', title: '', referrer: '', viewport: { w: 0, h: 0 }, docHeight: 0 });
  });
});

describe('never throws into the host page', () => {
  it('reports bad arguments to onError and keeps working', async () => {
    const { client, transport, clock, errors } = createTestClient({ projectKey: uniqueKey() });
    expect(() => client.track('' as string)).not.toThrow();
    expect(() => client.identify(42 as unknown as string)).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => client.track('cyclic', cyclic as never)).not.toThrow();
    expect(() => client.consent('maybe' as never)).not.toThrow();
    client.track('fine');
    await clock.advance(5000);
    expect(errors.map((e) => e.code)).toEqual(['SL_INVALID_ARGUMENT', 'SL_INVALID_ARGUMENT', 'SL_INVALID_ARGUMENT', 'SL_INVALID_ARGUMENT']);
    expect(errors[0]!.message).toContain('track(name)');
    expect(transport.delivered.map((e) => e.name)).toEqual(['fine']);
    expect(client.diagnostics().dropped).toEqual({ invalid: 1 });
  });

  it('gives an inert client for unusable options, with a message naming the option', () => {
    const errors: string[] = [];
    const client = createClient({ projectKey: '', endpoint: 'not a url', onError: (e) => errors.push(e.message) });
    expect(() => client.track('x')).not.toThrow();
    expect(errors[0]).toMatch(/projectKey must be a non-empty string.*endpoint must be an absolute URL/);
  });

  it('survives an onError handler that throws', () => {
    const { client } = createTestClient({
      projectKey: uniqueKey(),
      onError: () => {
        throw new Error('app bug');
      },
    });
    expect(() => client.track('')).not.toThrow();
  });

  it('falls back to memory when storage throws on access', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const { client, transport, clock } = createTestClient({ projectKey: uniqueKey() });
      client.track('hardened');
      await clock.advance(5000);
      expect(transport.delivered.map((e) => e.name)).toEqual(['hardened']);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor!);
    }
  });

  it('reports a missing transport and keeps events in the outbox', () => {
    const errors: string[] = [];
    const client = createClient({ projectKey: uniqueKey(), onError: (e) => errors.push(e.code) });
    client.track('kept');
    expect(errors).toEqual(['SL_NO_TRANSPORT']);
    expect(client.diagnostics()).toMatchObject({ created: 1, pending: 1 });
    void client.shutdown();
  });
});
