import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { createTestClient } from '@sightline/core/testing';
import { SightlinePlugin, trackRouter, type RouterLike } from '@sightline/vue';
import { createProbe, uniqueKey } from './probe-plugin';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

type Guard = Parameters<RouterLike['afterEach']>[0];

/** Vue Router's `afterEach` contract: guards run after the URL changed, with a failure when one was aborted. */
function createFakeRouter() {
  const guards = new Set<Guard>();
  // Vue Router's START_LOCATION, until the first navigation settles.
  let current: { fullPath: string; matched: unknown[] } = { fullPath: '/', matched: [] };
  return {
    router: {
      afterEach(guard: Guard) {
        guards.add(guard);
        return () => void guards.delete(guard);
      },
    } satisfies RouterLike,
    navigate(to: string, failure?: unknown) {
      const from = current;
      const route = { fullPath: to, matched: [{ path: to }] };
      if (!failure) {
        current = route;
        history.pushState(null, '', to);
      }
      for (const guard of [...guards]) guard(route, from, failure);
    },
    get guards() {
      return guards.size;
    },
  };
}

function setup() {
  const probe = createProbe();
  const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [probe.plugin], outbox: { persist: false } });
  const pageviews = () => probe.events.filter((e) => e.type === 'pageview').map((e) => e.page.path);
  return { client, pageviews };
}

describe('router integration', () => {
  it('sends a pageview per route change, skipping the first navigation (from START_LOCATION), failures and same-path ones', async () => {
    const { client, pageviews } = setup();
    const fake = createFakeRouter();
    const stop = trackRouter(fake.router, client);
    fake.navigate('/products');
    fake.navigate('/cart');
    fake.navigate('/checkout', new Error('aborted by a guard'));
    fake.navigate('/cart');
    fake.navigate('/about');
    expect(pageviews()).toEqual(['/cart', '/about']);
    stop();
    fake.navigate('/cart');
    expect(pageviews()).toEqual(['/cart', '/about']);
    await client.shutdown();
  });

  it('counts the first navigation with `initial`', async () => {
    const { client, pageviews } = setup();
    const fake = createFakeRouter();
    trackRouter(fake.router, client, { initial: true });
    fake.navigate('/start');
    expect(pageviews()).toEqual(['/start']);
    await client.shutdown();
  });

  it('is wired by the plugin and removed when the app unmounts', async () => {
    const { client, pageviews } = setup();
    const fake = createFakeRouter();
    const wrapper = mount(defineComponent({ render: () => h('p') }), { global: { plugins: [[SightlinePlugin, { client, router: fake.router }]] } });
    fake.navigate('/a');
    fake.navigate('/b');
    expect(pageviews()).toEqual(['/b']);
    wrapper.unmount();
    expect(fake.guards).toBe(0);
    await client.shutdown();
  });
});
