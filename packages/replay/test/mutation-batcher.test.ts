import { describe, expect, it } from 'vitest';
import { createMutationBatcher, FLUSH_TAG } from '../src/recording/mutation-batcher';
import type { RecordFunction } from '../src/recording/recorder-module';

function setup() {
  const calls: string[] = [];
  const timers: Array<() => void> = [];
  const record = Object.assign(() => undefined, {
    addCustomEvent: (tag: string) => calls.push(`custom:${tag}`),
    freezePage: () => calls.push('freeze'),
  }) as RecordFunction;
  const batcher = createMutationBatcher(record, 500, { setTimeout: (fn) => timers.push(fn), clearTimeout: () => {} }, (fn) => fn());
  calls.length = 0;
  return { batcher, calls, timers };
}

describe('mutation batcher', () => {
  it('releases on its timer and swallows its own wake-up event', () => {
    const { batcher, calls, timers } = setup();
    timers.shift()?.();
    expect(calls).toEqual([`custom:${FLUSH_TAG}`, 'freeze']);
    expect(batcher.observe({ type: 5, timestamp: 1, data: { tag: FLUSH_TAG } })).toBe(false);
    // Mutation events are counted, everything else passes.
    expect(batcher.observe({ type: 3, timestamp: 1, data: { source: 0, adds: [1, 2] } })).toBe(true);
    expect(batcher.observe({ type: 3, timestamp: 1, data: { source: 2 } })).toBe(true);
    batcher.stop();
    expect(calls.at(-1)).toBe(`custom:${FLUSH_TAG}`);
    expect(timers).toHaveLength(1);
  });
});
