import { describe, expect, it } from 'vitest';
import { DEFAULT_SIGNALS, resolveOptions } from '../src/index';

describe('resolveOptions', () => {
  it('defaults to strict privacy, full sampling and chunks well under the event cap', () => {
    const options = resolveOptions();
    expect(options.sampleRate).toBe(1);
    expect(options.onSignal).toBeNull();
    expect(options.recordCanvas).toBe(false);
    expect(options.maskAllText).toBe(false);
    expect(options.maskSelector).toContain('[data-sl-mask]');
    expect(options.maskSelector).toContain('[contenteditable]');
    expect(options.blockSelector).toBe('[data-sl-block]');
    expect(options.unmaskSelector).toBe('[data-sl-unmask]');
    expect(options.maxChunkBytes).toBe(40_000);
  });

  it('adds custom selectors to the built-in attributes instead of replacing them', () => {
    const options = resolveOptions({ maskSelector: '.secret', blockSelector: 'video', unmaskSelector: '.public' });
    expect(options.maskSelector).toMatch(/^\[data-sl-mask\].*, \.secret$/);
    expect(options.blockSelector).toBe('[data-sl-block], video');
    expect(options.unmaskSelector).toBe('[data-sl-unmask], .public');
  });

  it('clamps numbers and never lets a chunk reach the 60,000-byte event cap', () => {
    const options = resolveOptions({ sampleRate: 7, maxChunkBytes: 1e9, flushIntervalMs: -1, minDurationMs: Number.NaN });
    expect(options.sampleRate).toBe(1);
    expect(options.maxChunkBytes).toBe(50_000);
    expect(options.flushIntervalMs).toBe(50);
    expect(options.minDurationMs).toBe(2_000);
  });

  it('turns on the signal buffer with a 60 s window and the default signals', () => {
    expect(resolveOptions({ onSignal: true }).onSignal).toEqual({ bufferMs: 60_000, signals: DEFAULT_SIGNALS });
    expect(resolveOptions({ onSignal: { bufferMs: 30_000, signals: ['oops'] } }).onSignal).toEqual({ bufferMs: 30_000, signals: ['oops'] });
  });
});
