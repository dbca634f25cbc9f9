// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createTestClient } from '@sightline/core/testing';
import type { Plugin, PluginContext, Sample } from '@sightline/core';
import { allModels, createScoringPlugin } from '../src/index';
import { click, pv } from './helpers';

let state: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
afterEach(() => {
  state = 'visible';
});

describe('scoring plugin at page hide', () => {
  it("sends a score when the tab is hidden, in time for core's page-hide flush", async () => {
    let feed: PluginContext | undefined;
    const feeder: Plugin = { name: 'test/feeder', setup: (ctx) => void (feed = ctx) };
    const { client, clock, transport } = createTestClient({ outbox: { persist: false }, plugins: [createScoringPlugin(allModels), feeder] });
    for (const s of [pv(0), click(10, 5, 5), click(20, 5, 5), click(30, 5, 5)]) feed!.sample(s as unknown as Sample);
    state = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    await Promise.resolve();
    // Nothing advanced the clock: only the page-hide flush can have sent it.
    const sent = transport.sends.flatMap((send) => send.batch.events);
    const score = sent.find((e) => e.type === 'score');
    expect(score?.props).toMatchObject({ final: false, 'rage_click.count': 1 });
    const closed = client.shutdown();
    await clock.advance(5000);
    await closed;
  });
});
