import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClock, createTestClient } from '@sightline/core/testing';
import { persistedIds, storageKeys, tick, uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('cookieless mode', () => {
  it('always: sends with memory-only ids and writes nothing, even with consent', async () => {
    const projectKey = uniqueKey();
    const clock = createFakeClock();
    const first = createTestClient({ projectKey, clock, cookieless: 'always' });
    first.client.track('anonymous-visit');
    await clock.advance(5000);
    await tick();
    expect(first.transport.delivered.map((e) => e.name)).toEqual(['anonymous-visit']);
    expect(storageKeys()).toEqual([]);
    expect(await persistedIds(projectKey)).toEqual([]);
    // A reload is a new visitor: nothing carried the id over.
    const second = createTestClient({ projectKey, clock, cookieless: 'always' });
    expect(second.client.getSnapshot().anonymousId).not.toBe(first.client.getSnapshot().anonymousId);
  });

  it('until-consent: sends without persisting while pending, then persists once granted', async () => {
    const projectKey = uniqueKey();
    const { client, transport, clock } = createTestClient({ projectKey, consent: 'pending', cookieless: 'until-consent' });
    client.track('before-consent');
    await clock.advance(5000);
    await tick();
    expect(transport.delivered.map((e) => e.name)).toEqual(['before-consent']);
    expect(storageKeys()).toEqual([]);
    const anonymousId = client.getSnapshot().anonymousId;

    client.consent('granted');
    expect(localStorage.getItem(`sl:${projectKey}:anon`)).toBe(anonymousId);
    client.track('after-consent');
    await clock.advance(5000);
    expect(transport.delivered.map((e) => [e.name, e.anonymousId])).toEqual([
      ['before-consent', anonymousId],
      ['after-consent', anonymousId],
    ]);
  });

  it('a denial stops cookieless sending too', async () => {
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), consent: 'denied', cookieless: 'always' });
    client.track('never-sent');
    await clock.advance(5000);
    expect(transport.sends).toHaveLength(0);
    expect(client.diagnostics().dropped).toEqual({ consent_denied: 1 });
  });

  it('rejects an unknown mode with a message naming it', () => {
    const errors: string[] = [];
    createTestClient({ projectKey: uniqueKey(), cookieless: 'sometimes' as never, onError: (e) => errors.push(e.message) });
    expect(errors[0]).toMatch(/cookieless must be 'off', 'until-consent' or 'always', got "sometimes"/);
  });
});
