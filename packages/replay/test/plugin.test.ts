import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from '@sightline/core';
import { createTestClient } from '@sightline/core/testing';
import { createReplayPlugin, type ReplayOptions } from '../src/index';
import { createSink, createStubRecorder, decodeChunks, until } from './helpers';

let counter = 0;
const clients: Array<ReturnType<typeof createTestClient>> = [];
/** Shuts a test client down, moving its fake clock so that timed waits inside shutdown end. */
const shutdown = async ({ client, clock }: ReturnType<typeof createTestClient>) => {
  const done = client.shutdown();
  await clock.advance(10_000);
  await done;
};
afterEach(async () => {
  for (const test of clients.splice(0)) await shutdown(test);
  sessionStorage.clear();
});

function start(options: ReplayOptions = {}, extra: Plugin[] = [], projectKey = `replay-${++counter}`) {
  const stub = createStubRecorder();
  const sink = createSink();
  let emitSignal: (type: string) => void = () => {};
  const signaller: Plugin = { name: 'test/signal', setup: (ctx) => void (emitSignal = (type) => ctx.emit({ type })) };
  const replay = createReplayPlugin({ minDurationMs: 0, loadRecorder: async () => stub.module, scrubText: (t) => t, ...options });
  const test = createTestClient({ projectKey, plugins: [sink.plugin, signaller, replay, ...extra] });
  clients.push(test);
  const chunks = () => sink.events.filter((e) => e.type === 'replay_chunk');
  return { ...test, stub, sink, replay, chunks, signal: (type: string) => emitSignal(type) };
}

const hide = () => window.dispatchEvent(new Event('pagehide'));

describe('replay plugin', () => {
  it('loads nothing and records nothing when the session is not sampled', async () => {
    let loads = 0;
    const replay = createReplayPlugin({ sampleRate: 0, loadRecorder: async () => { loads++; return createStubRecorder().module; } });
    const test = createTestClient({ projectKey: `off-${++counter}`, plugins: [replay] });
    clients.push(test);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loads).toBe(0);
    expect(replay.getReplayStats().mode).toBe('off');
  });

  it('records, then emits chunks with increasing seq that decode back to the rrweb events', async () => {
    const t = start();
    await until(() => t.stub.starts === 1);
    t.stub.emit({ type: 3, timestamp: 1, data: { source: 2 } });
    await t.clock.advance(5_000);
    await until(() => t.chunks().length > 0);
    const decoded = decodeChunks(t.sink.events);
    expect(decoded.map((e) => e.type)).toEqual([4, 2, 3]);
    const props = t.chunks()[0]?.props ?? {};
    expect(props).toMatchObject({ seq: 0, count: 3 });
    expect(['gzip', 'json']).toContain(props.encoding);
    expect(typeof props.startTs).toBe('number');
    expect(t.chunks()[0]?.sessionId).toBeTruthy();
    expect(t.replay.getReplayStats()).toMatchObject({ mode: 'full', chunks: t.chunks().length, events: 3 });
  });

  it('sends the first snapshot as soon as the minimum duration allows, not at the next interval', async () => {
    const t = start({ minDurationMs: 2_000, flushIntervalMs: 5_000 });
    await until(() => t.stub.starts === 1);
    await t.clock.advance(1_500);
    expect(t.chunks()).toEqual([]);
    await t.clock.advance(700);
    await until(() => t.chunks().length > 0);
    expect(decodeChunks(t.sink.events).map((e) => e.type)).toEqual([4, 2]);
    expect(t.clock.now() - (t.chunks()[0]?.props?.startTs as number)).toBeLessThan(5_000);
  });

  it('never records its own mutation-flush events', async () => {
    const t = start({ mutationBatchMs: 100 });
    await until(() => t.stub.starts === 1);
    await t.clock.advance(5_100);
    hide();
    expect(decodeChunks(t.sink.events).some((e) => e.type === 5)).toBe(false);
  });

  it('keeps the decision and continues the sequence after a reload of the tab', async () => {
    const first = start({}, [], 'reload');
    await until(() => first.stub.starts === 1);
    hide();
    const seqs = first.chunks().map((c) => Number(c.props?.seq));
    expect(seqs.length).toBeGreaterThan(0);
    await shutdown(first);
    const second = start({ sampleRate: 0 }, [], 'reload');
    await until(() => second.stub.starts === 1);
    hide();
    expect(Number(second.chunks()[0]?.props?.seq)).toBeGreaterThan(Math.max(...seqs));
  });

  it('drops recordings shorter than the minimum duration', async () => {
    const t = start({ minDurationMs: 10_000 });
    await until(() => t.stub.starts === 1);
    hide();
    expect(t.chunks()).toHaveLength(0);
    expect(t.replay.getReplayStats().dropped).toBe(2);
    const stats = t.sink.events.find((e) => e.type === 'replay_stats');
    expect(stats?.props).toMatchObject({ mode: 'full', dropped: 2 });
  });

  it('on-signal: buffers without sending, then sends the buffer and goes on recording after a signal', async () => {
    const t = start({ sampleRate: 0, onSignal: true });
    await until(() => t.stub.starts === 1);
    expect(t.stub.options()?.checkoutEveryNms).toBe(60_000);
    t.stub.emit({ type: 3, timestamp: 2, data: { source: 2 } });
    await t.clock.advance(10_000);
    hide();
    expect(t.chunks()).toHaveLength(0);
    expect(t.replay.getReplayStats().mode).toBe('buffer');
    window.dispatchEvent(new Event('pageshow'));
    t.signal('rage_click');
    t.stub.emit({ type: 3, timestamp: 3, data: { source: 2 } });
    await t.clock.advance(5_000);
    await until(() => decodeChunks(t.sink.events).length === 4);
    expect(decodeChunks(t.sink.events).map((e) => e.timestamp)).toContain(3);
    expect(t.replay.getReplayStats().mode).toBe('full');
  });

  it('on-signal: a script error triggers it too', async () => {
    const t = start({ sampleRate: 0, onSignal: true });
    await until(() => t.stub.starts === 1);
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    await t.clock.advance(5_000);
    await until(() => t.chunks().length > 0);
    expect(t.replay.getReplayStats().mode).toBe('full');
  });

  it('pauses after the idle timeout and resumes with a new recording on input', async () => {
    const t = start({ idleTimeoutMs: 60_000 });
    await until(() => t.stub.starts === 1);
    await t.clock.advance(65_000);
    expect(t.stub.stops).toBe(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    // Not inside the input's own handler: a full snapshot is long work.
    expect(t.stub.starts).toBe(1);
    await t.clock.advance(1);
    expect(t.stub.starts).toBe(2);
    await t.clock.advance(5_000);
    await until(() => decodeChunks(t.sink.events).some((e) => e.type === 5));
    expect(decodeChunks(t.sink.events).find((e) => e.type === 5)?.data).toEqual({ tag: 'sl-pause', payload: { reason: 'idle' } });
  });

  it('pauses while the page storms unattended, keeps keyframes, and resumes on input', async () => {
    const t = start({ stormPause: { recordsPerSecond: 100, afterMs: 1_000, quietMs: 1_000, keyframeMs: 5_000 } });
    await until(() => t.stub.starts === 1);
    const host = document.body.appendChild(document.createElement('div'));
    const churn = async (ms: number) => {
      for (let at = 0; at < ms; at += 100) {
        for (let i = 0; i < 20; i++) host.setAttribute('data-n', String(at + i));
        await new Promise((resolve) => setTimeout(resolve, 0));
        await t.clock.advance(100);
      }
    };
    await churn(2_000);
    expect(t.stub.stops).toBe(1);
    expect(t.replay.getReplayStats().stormPauses).toBe(1);
    // One keyframe while the storm goes on: a recording started and stopped at once.
    await churn(5_000);
    expect(t.stub.starts).toBe(2);
    expect(t.stub.stops).toBe(2);
    document.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    await t.clock.advance(1);
    expect(t.stub.starts).toBe(3);
    expect(t.stub.options()).not.toBeNull();
    // Input keeps it recording however hard the page churns.
    for (let i = 0; i < 5; i++) {
      await churn(500);
      document.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
    }
    expect(t.stub.stops).toBe(2);
    await t.clock.advance(5_000);
    await until(() => decodeChunks(t.sink.events).filter((e) => e.type === 5).length >= 2);
    const pauses = decodeChunks(t.sink.events).filter((e) => e.type === 5).map((e) => e.data);
    expect(pauses).toEqual([{ tag: 'sl-pause', payload: { reason: 'storm' } }, { tag: 'sl-pause', payload: { reason: 'storm' } }]);
    host.remove();
  });

  it('records every change when the storm pause is off', async () => {
    const t = start({ stormPause: false, idleTimeoutMs: 60_000 });
    await until(() => t.stub.starts === 1);
    const host = document.body.appendChild(document.createElement('div'));
    for (let at = 0; at < 5_000; at += 100) {
      for (let i = 0; i < 50; i++) host.setAttribute('data-n', String(at + i));
      await new Promise((resolve) => setTimeout(resolve, 0));
      await t.clock.advance(100);
    }
    expect(t.stub.stops).toBe(0);
    host.remove();
  });

  it('stops recording for the page when it goes over its main-thread budget', async () => {
    const t = start({ budgetMsPerMinute: 1, scrubText: (text) => { const end = performance.now() + 3; while (performance.now() < end); return text; } });
    await until(() => t.stub.starts === 1);
    t.stub.options()?.maskTextFn?.('x', null);
    t.stub.emit({ type: 3, timestamp: 9 });
    await until(() => t.replay.getReplayStats().overBudget);
    await t.clock.advance(1);
    expect(t.stub.stops).toBe(1);
    expect(t.replay.getReplayStats().mode).toBe('stopped');
  });

  it('passes strict privacy options to rrweb', async () => {
    const t = start();
    await until(() => t.stub.starts === 1);
    const options = t.stub.options();
    expect(options).toMatchObject({ maskTextSelector: '*', recordCanvas: false, maskAllInputs: false, recordCrossOriginIframes: false });
    expect(options?.maskInputOptions).toMatchObject({ input: true, password: true, textarea: true, select: true, hidden: true });
    expect(options?.slimDOMOptions).toMatchObject({ script: true, comment: true });
    expect(options?.blockSelector).toContain('[data-sl-block]');
  });
});
