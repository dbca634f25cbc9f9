import { describe, expect, it } from 'vitest';
import { createRollingBuffer } from '../src/sampling/rolling-buffer';

const meta = (t: number) => ({ type: 4, timestamp: t });
const full = (t: number) => ({ type: 2, timestamp: t });
const step = (t: number) => ({ type: 3, timestamp: t });

describe('rolling buffer', () => {
  it('keeps at least the last window, always starting at a full snapshot', () => {
    const buffer = createRollingBuffer(60_000);
    for (const t of [0, 60_000, 120_000]) {
      buffer.push(meta(t));
      buffer.push(full(t));
      buffer.push(step(t + 30_000));
    }
    buffer.push(step(150_000));
    const kept = buffer.drain();
    expect(kept[0]).toEqual(meta(60_000));
    expect(kept.map((e) => e.timestamp)).toEqual([60_000, 60_000, 90_000, 120_000, 120_000, 150_000, 150_000]);
    expect(buffer.expired()).toBe(3);
    expect(buffer.size()).toBe(0);
  });

  it('keeps a young segment whole', () => {
    const buffer = createRollingBuffer(60_000);
    buffer.push(meta(0));
    buffer.push(full(0));
    buffer.push(meta(30_000));
    expect(buffer.size()).toBe(3);
  });
});
