import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestClient, probePage } from '@sightline/core/testing';
import { createIdentityPlugin } from '../src/plugin/identity-plugin';

// On core's plugin hooks: consent, resets and the identity provider come from the client.
function start(options: Parameters<typeof createIdentityPlugin>[0] = {}) {
  const plugin = createIdentityPlugin(options);
  return { plugin, ...createTestClient({ plugins: [plugin], outbox: { persist: false } }) };
}

const seen = async (test: ReturnType<typeof start>) => {
  await test.client.flush();
  return test.transport.delivered;
};

afterEach(() => localStorage.clear());

describe('createIdentityPlugin', () => {
  it('links the anonymous id to the user id once per new identify', async () => {
    const test = start();
    test.client.identify('user-1');
    test.client.identify('user-1');
    test.client.identify('user-2');
    const aliases = (await seen(test)).filter((e) => e.type === 'alias');
    const anonymousId = test.client.getSnapshot().anonymousId;
    expect(aliases.map((e) => e.props)).toEqual([
      { previousId: anonymousId, previousKind: 'anonymous', reason: 'identify', userId: 'user-1' },
      { previousId: anonymousId, previousKind: 'anonymous', reason: 'identify', userId: 'user-2' },
    ]);
    await test.client.shutdown();
  });

  it('can leave identify unlinked', async () => {
    const test = start({ linkOnIdentify: false });
    test.client.identify('user-1');
    expect((await seen(test)).some((e) => e.type === 'alias')).toBe(false);
    await test.client.shutdown();
  });

  it('sends alias(previousId, userId) as an alias event from a user id', async () => {
    const test = start();
    test.plugin.alias('old-user', 'new-user');
    const alias = (await seen(test)).find((e) => e.type === 'alias');
    expect(alias?.props).toEqual({ previousId: 'old-user', previousKind: 'user', reason: 'alias', userId: 'new-user' });
    await test.client.shutdown();
  });

  it('reports a bad alias call instead of throwing, and ignores calls after shutdown', async () => {
    const test = start();
    expect(() => test.plugin.alias('', 'x')).not.toThrow();
    expect(test.errors).toHaveLength(1);
    await test.client.shutdown();
    expect(() => test.plugin.alias('a', 'b')).not.toThrow();
  });

  it('loads the device library only once consent is granted', async () => {
    const loader = vi.fn(() => new Promise<never>(() => {}));
    const plugin = createIdentityPlugin({ deviceSignal: { loader } });
    const test = { plugin, ...createTestClient({ plugins: [plugin], outbox: { persist: false }, consent: 'pending' }) };
    test.client.track('hello');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loader).not.toHaveBeenCalled();
    test.client.consent('granted');
    await vi.waitFor(() => expect(loader).toHaveBeenCalledTimes(1));
    await test.client.shutdown();
  });

  it('leaves nothing behind over start, stop, start, stop', async () => {
    const probe = probePage();
    try {
      for (let i = 0; i < 2; i++) {
        const test = start({ deviceSignal: true });
        test.client.identify('user-1');
        await test.client.shutdown();
      }
      expect(probe.counts()).toEqual({ listeners: 0, timers: 0, observers: 0 });
    } finally {
      probe.restore();
    }
  });
});
