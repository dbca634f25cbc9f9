import { describe, expect, it, vi } from 'vitest';
import { createTestClient, probePage } from '@sightline/core/testing';
import { createReplayPlugin } from '../src/index';
import { createSink, decodeChunks, until } from './helpers';

describe('teardown', () => {
  it('starts and stops the real rrweb recorder 50 times and leaves no listener, observer or timer', async () => {
    document.body.innerHTML = '<main><p>hello jane@example.com</p><input value="secret"><ul id="list"></ul></main>';
    // rrweb reads DOM prototypes from a throwaway about:blank iframe, which happy-dom refuses loudly.
    const quiet = ['log', 'warn', 'error'].map((level) => vi.spyOn(console, level as 'log').mockImplementation(() => {}));
    const probe = probePage();
    try {
      const baseline = probe.counts();
      for (let round = 0; round < 50; round++) {
        const sink = createSink();
        const replay = createReplayPlugin({ minDurationMs: 0, mutationBatchMs: 50 });
        const { client } = createTestClient({ projectKey: `teardown-${round}`, clock: undefined, plugins: [sink.plugin, replay] });
        await until(() => replay.getReplayStats().events >= 2);
        // The probe does see what the recorder adds, so the equality below means something.
        if (round === 0) expect(probe.counts().listeners).toBeGreaterThan(baseline.listeners);
        const item = document.createElement('li');
        item.textContent = `item ${round}`;
        document.getElementById('list')?.append(item);
        await client.shutdown();
        // happy-dom is no place to judge the recording itself (the browser tests do that); it must exist.
        if (round === 0) expect(decodeChunks(sink.events).map((event) => event.type)).toEqual(expect.arrayContaining([4, 2]));
        expect(probe.counts()).toEqual(baseline);
      }
    } finally {
      probe.restore();
      for (const spy of quiet) spy.mockRestore();
      document.body.innerHTML = '';
      sessionStorage.clear();
    }
  }, 60_000);
});
