/**
 * Watches how fast the page's DOM changes, to pause recording while it storms unattended.
 *
 * rrweb's own MutationObserver callback handles every record, even while its buffers are frozen,
 * so batching cannot make a page that changes thousands of times a second cheap to record: only
 * not observing can. This watcher's observer does nothing but count records. When the page has
 * changed faster than `recordsPerSecond` for `afterMs` and nobody has touched it meanwhile, it
 * calls `onStorm` (the recording stops); while the storm lasts it calls `onKeyframe` every
 * `keyframeMs` (one fresh full snapshot; a snapshot that held the page over 50 ms doubles the
 * interval, up to 8 times, so a huge page is not frozen every `keyframeMs`); when the rate has stayed below the threshold for
 * `quietMs` it calls `onCalm` (the recording starts again, with a full snapshot). Input ends a
 * storm at once: the caller resumes on activity and tells the watcher through `activity()`.
 */
export interface StormOptions {
  recordsPerSecond: number;
  afterMs: number;
  quietMs: number;
  /** 0: no keyframes. */
  keyframeMs: number;
}

export interface StormHooks {
  /** The page's window, for its MutationObserver and document. */
  window: { MutationObserver: typeof MutationObserver; document: Document };
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  onStorm(): void;
  /** Takes one full snapshot; returns how long it held the page, in ms. */
  onKeyframe(): number;
  onCalm(): void;
}

export interface StormWatch {
  /** The visitor did something: whatever the page does now, it is not unattended. */
  activity(): void;
  readonly storming: boolean;
  stop(): void;
}

/** How often the rate is sampled while records arrive; the watcher sleeps on a quiet page. */
const SAMPLE_MS = 500;
/** A keyframe longer than this is a long task: the next one waits twice as long. */
const LONG_TASK_MS = 50;
const MAX_STRETCH = 8;

export function createStormWatch(options: StormOptions, hooks: StormHooks): StormWatch {
  let count = 0;
  let sampleStart = 0;
  let sampleTimer: unknown = null;
  let keyframeTimer: unknown = null;
  /** Since when every sample was over the threshold, or null. */
  let hotSince: number | null = null;
  /** Since when every sample was under the threshold during a storm, or null. */
  let calmSince: number | null = null;
  let lastActivity = hooks.now();
  let storming = false;
  let stopped = false;
  let stretch = 1;

  const clearKeyframes = () => {
    if (keyframeTimer !== null) hooks.clearTimeout(keyframeTimer);
    keyframeTimer = null;
  };
  const scheduleKeyframe = () => {
    if (options.keyframeMs > 0) keyframeTimer = hooks.setTimeout(keyframe, options.keyframeMs * stretch);
  };
  const keyframe = () => {
    keyframeTimer = null;
    const ms = hooks.onKeyframe();
    stretch = ms > LONG_TASK_MS ? Math.min(MAX_STRETCH, stretch * 2) : 1;
    if (storming && !stopped) scheduleKeyframe();
  };

  const sample = () => {
    sampleTimer = null;
    if (stopped) return;
    const at = hooks.now();
    const from = sampleStart;
    const rate = (count * 1_000) / Math.max(1, at - from);
    count = 0;
    sampleStart = at;
    const hot = rate >= options.recordsPerSecond;
    if (!storming) {
      hotSince = hot ? hotSince ?? from : null;
      if (hotSince !== null && at - hotSince >= options.afterMs && at - lastActivity >= options.afterMs) {
        storming = true;
        calmSince = null;
        scheduleKeyframe();
        hooks.onStorm();
      }
    } else {
      calmSince = hot ? null : calmSince ?? from;
      if (calmSince !== null && at - calmSince >= options.quietMs) {
        storming = false;
        hotSince = null;
        clearKeyframes();
        hooks.onCalm();
      }
    }
    // Keep sampling while anything is going on; a quiet page is woken by its next record.
    if (storming || hotSince !== null || rate > 0) sampleTimer = hooks.setTimeout(sample, SAMPLE_MS);
  };

  const observer = new hooks.window.MutationObserver((records) => {
    count += records.length;
    if (sampleTimer !== null || stopped) return;
    sampleStart = hooks.now();
    sampleTimer = hooks.setTimeout(sample, SAMPLE_MS);
  });
  observer.observe(hooks.window.document, { subtree: true, childList: true, attributes: true, characterData: true });

  return {
    activity() {
      lastActivity = hooks.now();
      hotSince = null;
      if (!storming) return;
      storming = false;
      clearKeyframes();
    },
    get storming() {
      return storming;
    },
    stop() {
      stopped = true;
      observer.disconnect();
      if (sampleTimer !== null) hooks.clearTimeout(sampleTimer);
      sampleTimer = null;
      clearKeyframes();
    },
  };
}
