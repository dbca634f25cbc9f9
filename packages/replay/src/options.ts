import type { RecorderModule } from './recording/recorder-module';
import type { StormOptions } from './recording/storm-watch';

export interface OnSignalOptions {
  /** How much recent recording to keep in memory while waiting for a signal. Default 60,000 ms. */
  bufferMs?: number;
  /** Event types that keep the buffer and switch the session to full recording. */
  signals?: string[];
}

export interface ReplayOptions {
  /** Share of sessions recorded in full, 0..1. Default 1. */
  sampleRate?: number;
  /**
   * Sessions not sampled in full keep a rolling in-memory buffer and send it only when a
   * frustration signal or an error occurs. Default off.
   */
  onSignal?: boolean | OnSignalOptions;
  /** Recordings shorter than this are never sent. Default 2,000 ms. */
  minDurationMs?: number;
  /** Recording pauses after this long without input and resumes on the next one. Default 5 minutes. */
  idleTimeoutMs?: number;
  /**
   * Mutation storms: recording pauses while the DOM changes faster than `recordsPerSecond`
   * mutation records for `afterMs` with no input, keeps one full snapshot every `keyframeMs`
   * meanwhile, and resumes on the next input or once the rate stays below the threshold for
   * `quietMs`. Defaults 500 records/s, 2,000 ms, 2,000 ms, 30,000 ms (0: no keyframes; a keyframe
   * over 50 ms doubles the interval, up to 8×). `false` records every change.
   */
  stormPause?: false | Partial<StormOptions>;
  /** Extra elements whose text is masked (always: `[data-sl-mask]`, contenteditable). */
  maskSelector?: string;
  /** Extra elements replaced by an empty placeholder of the same size (always: `[data-sl-block]`). */
  blockSelector?: string;
  /** Extra elements whose text and inputs are shown, still scrubbed for PII (always: `[data-sl-unmask]`). */
  unmaskSelector?: string;
  /** Mask all text, not only text the scrubber flags. Default false. */
  maskAllText?: boolean;
  /** Record canvas pixels. Default false. */
  recordCanvas?: boolean;
  /** Largest `data` of one chunk, in bytes. Default 40,000. */
  maxChunkBytes?: number;
  /** How often waiting recording is compressed and emitted. Default 5,000 ms. */
  flushIntervalMs?: number;
  /** DOM mutations are collected for this long and recorded together. Default 500 ms. */
  mutationBatchMs?: number;
  /** Main-thread ms per minute the recorder may spend; past it, recording stops for the page. Default 3,000. */
  budgetMsPerMinute?: number;
  /**
   * Gzip and base64-encode chunks in a worker started from a `blob:` URL, off the main thread.
   * Needs `worker-src blob:` (or `script-src blob:`) where the page has a CSP; without it, or where
   * the worker fails, chunks are compressed on the main thread. Default false: it made no
   * measurable difference to the page's script time (compression is a small share of the cost),
   * and under a strict CSP the refused worker files a violation report with the site.
   */
  compressInWorker?: boolean;
  /** Replaces the PII scrubber for recorded text and unmasked inputs. Must be pure: results are cached per text. */
  scrubText?: (text: string) => string;
  /** Loads the recorder; tests pass a stub. Default: a dynamic import of `@sightline/replay/rrweb` (one fresh rrweb per recording). */
  loadRecorder?: () => Promise<RecorderModule>;
}

export interface ResolvedReplayOptions {
  sampleRate: number;
  onSignal: { bufferMs: number; signals: readonly string[] } | null;
  minDurationMs: number;
  idleTimeoutMs: number;
  stormPause: StormOptions | null;
  maskSelector: string;
  blockSelector: string;
  unmaskSelector: string;
  maskAllText: boolean;
  recordCanvas: boolean;
  maxChunkBytes: number;
  flushIntervalMs: number;
  mutationBatchMs: number;
  budgetMsPerMinute: number;
  compressInWorker: boolean;
}

/** Frustration signals from `@sightline/trackers` and errors, by event type. */
export const DEFAULT_SIGNALS = ['rage_click', 'dead_click', 'error_click', 'error', 'js_error', 'frustration'] as const;

const number = (value: unknown, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

const join = (base: string, extra: string | undefined) => (extra && extra.trim() ? `${base}, ${extra}` : base);

function resolveStorm(storm: ReplayOptions['stormPause']): StormOptions | null {
  if (storm === false) return null;
  const given = typeof storm === 'object' && storm !== null ? storm : {};
  return {
    recordsPerSecond: number(given.recordsPerSecond, 500, 1),
    afterMs: number(given.afterMs, 2_000, 500),
    quietMs: number(given.quietMs, 2_000, 500),
    keyframeMs: given.keyframeMs === 0 ? 0 : number(given.keyframeMs, 30_000, 1_000),
  };
}

export function resolveOptions(options: ReplayOptions = {}): ResolvedReplayOptions {
  const signal = options.onSignal;
  const signalOptions = typeof signal === 'object' && signal !== null ? signal : {};
  return {
    sampleRate: number(options.sampleRate, 1, 0, 1),
    onSignal: signal
      ? { bufferMs: number(signalOptions.bufferMs, 60_000, 1_000), signals: signalOptions.signals ?? DEFAULT_SIGNALS }
      : null,
    minDurationMs: number(options.minDurationMs, 2_000, 0),
    idleTimeoutMs: number(options.idleTimeoutMs, 5 * 60_000, 1_000),
    stormPause: resolveStorm(options.stormPause),
    maskSelector: join('[data-sl-mask], [contenteditable]:not([contenteditable="false"])', options.maskSelector),
    blockSelector: join('[data-sl-block]', options.blockSelector),
    unmaskSelector: join('[data-sl-unmask]', options.unmaskSelector),
    maskAllText: options.maskAllText === true,
    recordCanvas: options.recordCanvas === true,
    // Core refuses events over 60,000 bytes; the envelope around `data` stays well under 20 KB.
    maxChunkBytes: number(options.maxChunkBytes, 40_000, 1_000, 50_000),
    flushIntervalMs: number(options.flushIntervalMs, 5_000, 50),
    mutationBatchMs: number(options.mutationBatchMs, 500, 0, 5_000),
    budgetMsPerMinute: number(options.budgetMsPerMinute, 3_000, 1),
    compressInWorker: options.compressInWorker === true,
  };
}
