import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin, PluginContext } from '@sightline/core';
import { createTestClient, probePage } from '@sightline/core/testing';
import { uniqueKey } from './helpers';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** A plugin that uses every resource the context offers, and forgets to release any of it. */
const greedyPlugin = (name: string, seen: string[] = []): Plugin => ({
  name,
  setup(ctx: PluginContext) {
    ctx.listen('click', () => seen.push(`${name}:click`));
    ctx.listen('scroll', () => seen.push(`${name}:scroll`));
    ctx.listen('resize', () => seen.push(`${name}:resize`), { target: 'window' });
    ctx.onNavigation((nav) => seen.push(`${name}:${nav.kind}`));
    ctx.setTimeout(() => seen.push(`${name}:timer`), 60_000);
    ctx.onEvent(() => {});
    ctx.onSample(() => {});
  },
});

describe('plugins', () => {
  it('shares one DOM listener per event type, however many plugins listen', () => {
    const probe = probePage();
    try {
      const seen: string[] = [];
      const baseline = probe.counts().listeners;
      const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [greedyPlugin('a', seen), greedyPlugin('b', seen)] });
      document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(seen).toEqual(['a:click', 'b:click']);
      // click, scroll, resize, popstate, hashchange for both plugins, plus core's own
      // visibilitychange, pagehide and online: 8 DOM listeners, not 13.
      expect(probe.counts().listeners - baseline).toBe(8);
      void client.shutdown();
    } finally {
      probe.restore();
    }
  });

  it('shutdown leaves the page exactly as it was: listeners, timers, observers, history', async () => {
    const probe = probePage();
    try {
      const pushState = history.pushState;
      const hadOwnPush = Object.prototype.hasOwnProperty.call(history, 'pushState');
      const baseline = probe.counts();
      const { client } = createTestClient({
        projectKey: uniqueKey(),
        clock: undefined,
        plugins: [greedyPlugin('a'), greedyPlugin('b')],
      });
      client.track('something');
      expect(probe.counts().listeners).toBeGreaterThan(baseline.listeners);
      await client.shutdown();
      expect(probe.counts()).toEqual(baseline);
      expect(history.pushState).toBe(pushState);
      expect(Object.prototype.hasOwnProperty.call(history, 'pushState')).toBe(hadOwnPush);
    } finally {
      probe.restore();
    }
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    const probe = probePage();
    try {
      const baseline = probe.counts();
      for (let round = 0; round < 2; round++) {
        const { client } = createTestClient({ projectKey: uniqueKey(), clock: undefined, plugins: [greedyPlugin('a')] });
        await client.shutdown();
        expect(probe.counts()).toEqual(baseline);
      }
    } finally {
      probe.restore();
    }
  });

  it('shutdown stops plugins newest first, flushes, closes the transport, and is idempotent', async () => {
    const order: string[] = [];
    const plugin = (name: string): Plugin => ({ name, setup: () => () => order.push(name) });
    const { client, transport } = createTestClient({ projectKey: uniqueKey(), plugins: [plugin('first'), plugin('second')] });
    client.track('last-words');
    const one = client.shutdown();
    const two = client.shutdown();
    await Promise.all([one, two]);
    expect(order).toEqual(['second', 'first']);
    expect(transport.delivered.map((e) => e.name)).toEqual(['last-words']);
    expect(transport.shutdownCalls).toBe(1);
    client.track('after-shutdown');
    expect(client.diagnostics().created).toBe(1);
  });

  it('a plugin that throws in setup is reported and switched off; the others go on', async () => {
    const seen: string[] = [];
    const broken: Plugin = {
      name: 'broken@1',
      setup(ctx) {
        ctx.listen('click', () => seen.push('broken'));
        throw new Error('boom');
      },
    };
    const { client, errors } = createTestClient({ projectKey: uniqueKey(), plugins: [broken, greedyPlugin('ok', seen)] });
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual(['ok:click']);
    expect(errors.map((e) => `${e.code} ${e.message}`)).toEqual(['SL_PLUGIN_FAILED broken@1: boom']);
    await client.shutdown();
  });

  it('a plugin whose handler keeps throwing is stopped after five errors', async () => {
    let calls = 0;
    const flaky: Plugin = {
      name: 'flaky@1',
      setup(ctx) {
        ctx.listen('click', () => {
          calls++;
          throw new Error('handler bug');
        });
      },
    };
    const { client, errors } = createTestClient({ projectKey: uniqueKey(), plugins: [flaky] });
    for (let i = 0; i < 8; i++) expect(() => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }))).not.toThrow();
    expect(calls).toBe(5);
    expect(errors).toHaveLength(5);
    await client.shutdown();
  });

  it('process hooks run in stage order; a failing scrub hook drops the event instead of leaking it', async () => {
    const trail: string[] = [];
    const scrub: Plugin = {
      name: 'scrub@1',
      stage: 'scrub',
      process(event) {
        trail.push('scrub');
        if (event.name === 'explode') throw new Error('scrubber bug');
        return { ...event, props: { ...event.props, scrubbed: true } };
      },
    };
    const enrichPlugin: Plugin = {
      name: 'enrich@1',
      stage: 'enrich',
      process(event) {
        trail.push('enrich');
        return event.name === 'skip' ? null : event;
      },
    };
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [scrub, enrichPlugin] });
    client.track('keep');
    client.track('skip');
    client.track('explode');
    await clock.advance(5000);
    expect(trail).toEqual(['enrich', 'scrub', 'enrich', 'enrich', 'scrub']);
    expect(transport.delivered.map((e) => [e.name, e.props?.scrubbed])).toEqual([['keep', true]]);
    expect(client.diagnostics().dropped).toEqual({ filtered: 1, plugin_error: 1 });
  });

  it('plugins see the scrubbed event stream, and samples stay in-process', async () => {
    const received: string[] = [];
    const samples: string[] = [];
    const watcher: Plugin = {
      name: 'watcher@1',
      setup(ctx) {
        ctx.onEvent((event) => received.push(`${event.type}:${String(event.props?.scrubbed)}`));
        ctx.onSample((sample) => samples.push(sample.kind));
        ctx.sample({ kind: 'move', t: ctx.clock.now(), x: 1, y: 2 });
      },
    };
    const scrub: Plugin = { name: 'scrub@1', stage: 'scrub', process: (e) => ({ ...e, props: { scrubbed: true } }) };
    const { client, transport, clock } = createTestClient({ projectKey: uniqueKey(), plugins: [scrub, watcher] });
    client.track('x');
    await clock.advance(5000);
    expect(received).toEqual(['custom:true']);
    expect(samples).toEqual(['move']);
    expect(transport.delivered).toHaveLength(1);
  });

  it('a DOM or sample listener added or removed while one is dispatched takes effect from the next one', () => {
    const calls: string[] = [];
    let context: PluginContext | undefined;
    const plugin: Plugin = {
      name: 'late@1',
      setup(ctx) {
        context = ctx;
        let stopSecond: (() => void) | undefined;
        const stopFirst = ctx.listen('click', () => {
          calls.push('first');
          stopSecond ??= ctx.listen('click', () => calls.push('second'));
        });
        ctx.onSample((sample) => {
          calls.push(`sample ${sample.kind}`);
          ctx.onSample((later) => calls.push(`late ${later.kind}`));
          stopFirst();
        });
      },
    };
    const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [plugin] });
    document.body.click();
    document.body.click();
    context!.sample({ kind: 'move', t: 1, x: 1, y: 1 });
    document.body.click();
    expect(calls).toEqual(['first', 'first', 'second', 'sample move', 'second']);
    void client.shutdown();
  });

  it('setScores feeds the snapshot', () => {
    let context: PluginContext | undefined;
    const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [{ name: 'scores@1', setup: (ctx) => void (context = ctx) }] });
    let notified = 0;
    client.subscribe(() => notified++);
    context!.setScores({ engagement: 42 });
    context!.setScores({ frustration: 7 });
    expect(client.getSnapshot().scores).toEqual({ engagement: 42, frustration: 7 });
    expect(notified).toBe(2);
  });
});

describe('navigation', () => {
  it('reports pushState, replaceState, back and hash changes once each', async () => {
    const seen: string[] = [];
    const plugin: Plugin = { name: 'nav@1', setup: (ctx) => void ctx.onNavigation((n) => seen.push(`${n.kind} ${new URL(n.to).pathname}${new URL(n.to).hash}`)) };
    const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [plugin] });
    history.pushState(null, '', '/products');
    history.replaceState(null, '', '/products?sort=price');
    history.pushState(null, '', '/products?sort=price');
    location.hash = '#reviews';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(seen).toEqual(['push /products', 'replace /products', 'hash /products#reviews']);
    await client.shutdown();
    history.replaceState(null, '', '/');
  });

  it('leaves another library’s later history wrapper in place on shutdown', async () => {
    const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [{ name: 'nav@1', setup: (ctx) => void ctx.onNavigation(() => {}) }] });
    const ours = history.pushState;
    let theirs = 0;
    const wrapped = function (this: History, ...args: Parameters<History['pushState']>) {
      theirs++;
      return ours.apply(this, args);
    };
    history.pushState = wrapped;
    await client.shutdown();
    expect(history.pushState).toBe(wrapped);
    history.pushState(null, '', '/still-works');
    expect(theirs).toBe(1);
    delete (history as Partial<History>).pushState;
    history.replaceState(null, '', '/');
  });
});
