import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentMode, IdentityProvider, PluginContext } from '@sightline/core';
import { createTestClient } from '@sightline/core/testing';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const STORED = '01920000-0000-7000-8000-00000000beef';

function recordingProvider(stored?: string) {
  const calls: string[] = [];
  let value = stored;
  const provider: IdentityProvider = {
    load: () => (calls.push('load'), value),
    save: (id) => {
      calls.push(`save ${id === STORED ? 'stored' : 'new'}`);
      value = id;
    },
    clear: () => {
      calls.push('clear');
      value = undefined;
    },
  };
  return { provider, calls };
}

describe('the anonymous id', () => {
  it('keeps a returning visitor’s stored id when consent is granted, also on events that waited', async () => {
    const projectKey = uniqueKey();
    localStorage.setItem(`sl:${projectKey}:anon`, STORED);
    const { client, transport, clock } = createTestClient({ projectKey, consent: 'pending' });
    expect(client.getSnapshot().anonymousId).not.toBe(STORED);
    client.track('while-pending');
    client.consent('granted');
    client.track('after-grant');
    await clock.advance(5000);
    expect(client.getSnapshot().anonymousId).toBe(STORED);
    expect(transport.delivered.map((e) => e.anonymousId)).toEqual([STORED, STORED]);
    expect(localStorage.getItem(`sl:${projectKey}:anon`)).toBe(STORED);
  });

  it('goes through an identity provider, and only while persisting is allowed', () => {
    const { provider, calls } = recordingProvider(STORED);
    const { client } = createTestClient({ projectKey: uniqueKey(), consent: 'pending', identity: provider });
    expect(calls).toEqual([]);
    client.consent('granted');
    expect(calls).toEqual(['load', 'save stored']);
    expect(client.getSnapshot().anonymousId).toBe(STORED);
    client.reset();
    expect(calls.at(-1)).toBe('save new');
    client.consent('denied');
    expect(calls.at(-1)).toBe('clear');
    expect(localStorage.getItem('sl:anon')).toBeNull();
  });

  it('reports a provider that throws and carries on with an id in memory', () => {
    const errors: string[] = [];
    const broken: IdentityProvider = {
      load: () => {
        throw new Error('cookie jar on fire');
      },
      save: () => {},
      clear: () => {},
    };
    const { client } = createTestClient({ projectKey: uniqueKey(), identity: broken, onError: (e) => errors.push(e.message) });
    expect(client.getSnapshot().anonymousId).toMatch(/^[0-9a-f-]{36}$/);
    expect(errors).toEqual(['cookie jar on fire']);
  });

  it('lets a plugin follow consent and resets, and set the id', async () => {
    const seen: string[] = [];
    let context: PluginContext | undefined;
    const plugin = {
      name: 'identity-probe@1',
      setup(ctx: PluginContext) {
        context = ctx;
        seen.push(`start ${ctx.consent()}`);
        ctx.onConsent((mode: ConsentMode) => seen.push(`consent ${mode}`));
        ctx.onReset((previous) => seen.push(`reset from ${previous === STORED ? 'adopted' : 'other'}`));
      },
    };
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [plugin] });
    context!.setAnonymousId(STORED);
    expect(() => context!.setAnonymousId('not-a-uuid')).toThrow(/needs a UUID/);
    client.track('with-adopted-id');
    client.consent('pending');
    client.consent('granted');
    client.reset();
    await clock.advance(5000);
    expect(seen).toEqual(['start granted', 'consent pending', 'consent granted', 'reset from adopted']);
    expect(transport.delivered[0]!.anonymousId).toBe(STORED);
  });
});
