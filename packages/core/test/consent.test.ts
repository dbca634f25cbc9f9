import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '@sightline/core/testing';
import { persistedIds, storageKeys, tick, uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

describe('consent', () => {
  it('pending: nothing written to storage, nothing sent; granting sends what waited', async () => {
    const projectKey = uniqueKey();
    const { client, transport, clock } = createTestClient({ projectKey, consent: 'pending' });
    client.track('before-decision');
    client.identify('u-1');
    await clock.advance(60_000);
    await tick();
    expect(transport.sends).toHaveLength(0);
    expect(storageKeys()).toEqual([]);
    expect(await persistedIds(projectKey)).toEqual([]);

    client.consent('granted');
    await clock.advance(5000);
    expect(transport.delivered.map((e) => e.type)).toEqual(['custom', 'identify']);
    expect(storageKeys().sort()).toEqual([`sl:${projectKey}:anon`, `sl:${projectKey}:session`, `sl:${projectKey}:user`]);
  });

  it('denied: waiting events are discarded and counted; nothing is sent afterwards', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), consent: 'pending' });
    client.track('a');
    client.track('b');
    client.consent('denied');
    client.track('c');
    await clock.advance(60_000);
    expect(transport.sends).toHaveLength(0);
    expect(client.diagnostics()).toMatchObject({ created: 3, delivered: 0, dropped: { consent_denied: 3 }, pending: 0 });
  });

  it('revoking purges queued events and stored identifiers', async () => {
    const projectKey = uniqueKey();
    const { client, transport, clock } = createTestClient({ projectKey });
    transport.respond(() => ({ status: 'retry', reason: 'offline' }));
    client.track('queued');
    await clock.advance(5000);
    await tick();
    expect(await persistedIds(projectKey)).toHaveLength(1);
    expect(storageKeys().length).toBeGreaterThan(0);

    client.consent('denied');
    await tick();
    expect(storageKeys()).toEqual([]);
    expect(await persistedIds(projectKey)).toEqual([]);
    expect(client.diagnostics().dropped).toEqual({ consent_denied: 1 });
  });

  it('a bounded number of events wait for a decision', () => {
    const { client } = createTestClient({ projectKey: uniqueKey(), consent: 'pending', maxPendingConsentEvents: 3 });
    for (let i = 0; i < 5; i++) client.track('e');
    expect(client.diagnostics()).toMatchObject({ pending: 3, dropped: { consent_pending_overflow: 2 } });
  });

  it('honours Global Privacy Control by default, and Do Not Track when asked', () => {
    (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl = true;
    expect(createTestClient({ projectKey: uniqueKey() }).client.consent()).toBe('denied');
    expect(createTestClient({ projectKey: uniqueKey(), respectGlobalPrivacyControl: false }).client.consent()).toBe('granted');
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;

    const dnt = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'doNotTrack');
    Object.defineProperty(navigator, 'doNotTrack', { configurable: true, value: '1' });
    try {
      expect(createTestClient({ projectKey: uniqueKey() }).client.consent()).toBe('granted');
      expect(createTestClient({ projectKey: uniqueKey(), respectDoNotTrack: true }).client.consent()).toBe('denied');
    } finally {
      delete (navigator as { doNotTrack?: string }).doNotTrack;
      if (dnt) Object.defineProperty(Object.getPrototypeOf(navigator), 'doNotTrack', dnt);
    }
  });
});
