import { webcrypto } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { uuidv7 } from '@sightline/core';
import { createIdentityPlugin } from '../src/plugin/identity-plugin';
import type { FingerprintModule } from '../src/device/fingerprint-loader';
import { createHookedContext } from './helpers/fake-context';
import { wipeBrowserStorage } from './helpers/core-contract';

// Against a context with the proposed hooks (consent, onConsent, setAnonymousId).
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const fingerprint: FingerprintModule = { load: async () => ({ get: async () => ({ visitorId: 'v-1', confidence: { score: 0.5 } }) }) };
const OLD_ID = uuidv7(1_600_000_000_000);

beforeEach(() => wipeBrowserStorage());

function serverHolding(id: string | undefined, ok = true) {
  return vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(id ? { anonymousId: id } : {}), { status: ok ? 200 : 500 }));
}

describe('the identity plugin with core identity hooks', () => {
  it('loads the device library only after consent, then signals once per session', async () => {
    const loader = vi.fn(async () => fingerprint);
    const plugin = createIdentityPlugin({ deviceSignal: { loader, subtle } });
    const page = createHookedContext('pending', plugin.provider);
    plugin.setup?.(page.context);
    page.context.emit({ type: 'pageview' });
    await settle();
    expect(loader).not.toHaveBeenCalled();
    page.setConsent('granted');
    await settle();
    page.context.emit({ type: 'click' });
    const signals = () => page.emitted.filter((e) => e.type === 'device_signal');
    await vi.waitFor(() => expect(signals()).toHaveLength(1));
    expect(loader).toHaveBeenCalledTimes(1);
    page.newSession('session-2');
    page.context.emit({ type: 'pageview' });
    await vi.waitFor(() => expect(signals()).toHaveLength(2));
    expect(page.emitted.filter((e) => e.type === 'device_signal').map((e) => e.sessionId)).toEqual(['session-1', 'session-2']);
  });

  it('adopts the id the server cookie holds after script storage was purged, and links the two', async () => {
    const fetch = serverHolding(OLD_ID);
    const plugin = createIdentityPlugin({ serverCookie: { url: 'https://www.example.com/v1/identity/cookie', fetch } });
    const page = createHookedContext('granted', plugin.provider);
    const fresh = page.anonymousId();
    plugin.setup?.(page.context);
    await vi.waitFor(() => expect(page.anonymousId()).toBe(OLD_ID));
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('https://www.example.com/v1/identity/cookie');
    expect(init).toMatchObject({ method: 'POST', credentials: 'include', body: JSON.stringify({ anonymousId: fresh }) });
    expect(page.anonymousId()).toBe(OLD_ID);
    expect(localStorage.getItem('sl_aid')).toBe(OLD_ID);
    const alias = page.emitted.find((e) => e.type === 'alias');
    expect(alias?.props).toEqual({ previousId: fresh, previousKind: 'anonymous', reason: 'server_cookie', anonymousId: OLD_ID });
  });

  it('does not call the server before consent, and changes nothing when it holds the same id', async () => {
    const echo = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => new Response(String(init?.body), { status: 200 }));
    const plugin = createIdentityPlugin({ serverCookie: { url: 'https://www.example.com/v1/identity/cookie', fetch: echo } });
    const page = createHookedContext('pending', plugin.provider);
    const id = page.anonymousId();
    plugin.setup?.(page.context);
    await settle();
    expect(echo).not.toHaveBeenCalled();
    page.setConsent('granted');
    await settle();
    expect(echo).toHaveBeenCalledTimes(1);
    expect(page.anonymousId()).toBe(id);
    expect(page.emitted).toEqual([]);
  });

  it('makes the server forget the old id on logout, and its cookie when consent is withdrawn', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => new Response(init?.body ? String(init.body) : '{}', { status: 200 }));
    const plugin = createIdentityPlugin({ serverCookie: { url: 'https://www.example.com/v1/identity/cookie', fetch } });
    const page = createHookedContext('granted', plugin.provider);
    plugin.setup?.(page.context);
    await settle();
    page.reset();
    await settle();
    expect(fetch.mock.calls[1]?.[1]?.body).toBe(JSON.stringify({ anonymousId: page.anonymousId(), replace: true }));
    page.setConsent('denied');
    await settle();
    expect(fetch.mock.calls[2]?.[1]?.method).toBe('DELETE');
    expect(localStorage.getItem('sl_aid')).toBeNull();
  });

  it('ignores a failing server and reports a network error without throwing', async () => {
    const failing = createIdentityPlugin({ serverCookie: { url: 'https://x.test/c', fetch: serverHolding(OLD_ID, false) } });
    const page = createHookedContext('granted', failing.provider);
    failing.setup?.(page.context);
    const broken = createIdentityPlugin({ serverCookie: { url: 'https://x.test/c', fetch: vi.fn(async () => Promise.reject(new Error('offline'))) } });
    const other = createHookedContext('granted', broken.provider);
    broken.setup?.(other.context);
    await settle();
    expect(page.anonymousId()).not.toBe(OLD_ID);
    expect(page.emitted).toEqual([]);
    expect(other.errors).toHaveLength(1);
  });

  it('sends the link between disagreeing cookie and localStorage copies', () => {
    const cookieId = uuidv7(1_700_000_000_000);
    document.cookie = `sl_aid=${cookieId}; Path=/`;
    localStorage.setItem('sl_aid', OLD_ID);
    const plugin = createIdentityPlugin();
    const page = createHookedContext('granted', plugin.provider);
    plugin.setup?.(page.context);
    expect(page.anonymousId()).toBe(cookieId);
    expect(page.emitted.map((e) => e.props)).toEqual([{ previousId: OLD_ID, previousKind: 'anonymous', reason: 'storage_conflict', anonymousId: cookieId }]);
  });

  it('marks a logout with a reset event from the new anonymous id', () => {
    const plugin = createIdentityPlugin();
    const page = createHookedContext('granted', plugin.provider);
    plugin.setup?.(page.context);
    const before = page.anonymousId();
    page.reset();
    const reset = page.emitted.find((e) => e.type === 'reset');
    expect(reset?.anonymousId).toBe(page.anonymousId());
    expect(reset?.props).toEqual({ previousId: before });
    expect(localStorage.getItem('sl_aid')).toBe(page.anonymousId());
  });

  it('removes its subscriptions on teardown', () => {
    const plugin = createIdentityPlugin({ deviceSignal: { loader: async () => fingerprint, subtle } });
    const page = createHookedContext('granted', plugin.provider);
    const teardown = plugin.setup?.(page.context);
    expect(page.listenerCount()).toBeGreaterThan(0);
    teardown?.();
    expect(page.listenerCount()).toBe(0);
  });
});
