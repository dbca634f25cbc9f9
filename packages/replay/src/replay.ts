import type { PluginContext, SightlineEvent } from '@sightline/core';
import { createChunkQueue, type EncodedChunk } from './chunk/chunk-queue';
import { compressHere } from './chunk/compress';
import { createWorkerCompressor } from './chunk/compress-worker';
import { createSerializer } from './chunk/serializer';
import type { ReplayOptions, ResolvedReplayOptions } from './options';
import { loadRrweb, type RecordedEvent, type RecorderModule } from './recording/recorder-module';
import { startRecording, type Recording } from './recording/start-recording';
import { createStormWatch, type StormWatch } from './recording/storm-watch';
import { decideMode, loadRecord, saveRecord, type SessionRecord } from './sampling/decision';
import { createRollingBuffer } from './sampling/rolling-buffer';
import { createStatsTracker, type ReplayStats } from './stats';
import { createIdleScheduler } from './util/idle';
import { createPageWatch } from './util/page-watch';
import { cacheScrub } from './privacy/scrub-cache';

/** Set for the session once the compression worker failed, so later pages do not try again. */
const WORKER_FAILED = 'replayWorkerFailed';

export interface RunningReplay {
  stats: ReplayStats;
  stop(): void;
}

const loadScrubber = async (): Promise<(text: string) => string> => {
  const { createScrubber } = await import('@sightline/scrubber');
  const scrubber = createScrubber();
  // Plain words and small numbers, most of a page's text, return at once (the scrubber's pre-check).
  return (text) => scrubber.scrubText(text);
};

/** One recording, from a plugin's setup to its teardown. */
export function startReplay(context: PluginContext, options: ResolvedReplayOptions, raw: ReplayOptions): RunningReplay {
  // Over budget: stop soon, not from inside the rrweb callback that crossed the line.
  const tracker = createStatsTracker(options.budgetMsPerMinute, () => void context.setTimeout(halt, 0));
  const { stats, measure } = tracker;
  const { storage, clock } = context;
  const fresh = (sid: string | null): SessionRecord => ({ sid, mode: decideMode(options.sampleRate, options.onSignal !== null), seq: 0, sentSince: 0 });
  let session = loadRecord(storage) ?? fresh(null);
  saveRecord(storage, session);
  stats.mode = session.mode;
  if (!context.env || session.mode === 'off') return { stats, stop: () => {} };

  const idle = createIdleScheduler(context);
  // A resume must not wait long: the visitor's next click should be in the recording.
  const soon = createIdleScheduler(context, 250);
  const guard = (fn: () => void) => () => {
    try {
      fn();
    } catch (error) {
      context.reportError(error);
    }
  };
  const compressor = options.compressInWorker && storage.get(WORKER_FAILED, 'session') === null
    ? createWorkerCompressor({ fallback: compressHere, onFail: () => storage.set(WORKER_FAILED, '1', 'session') })
    : null;
  const queue = createChunkQueue({
    maxBytes: options.maxChunkBytes, emit: emitChunk, measure, onError: context.reportError,
    compress: compressor?.compress, onStop: () => compressor?.stop(),
  });
  const serializer = createSerializer({ queue, measure, schedule: (fn) => idle.schedule(guard(fn)), now: () => performance.now() });
  const buffer = options.onSignal ? createRollingBuffer(options.onSignal.bufferMs) : null;
  let recorder: RecorderModule | null = null;
  let scrub: (text: string) => string = () => '';
  let recording: Recording | null = null;
  let storm: StormWatch | null = null;
  let startedAt = 0;
  /** Paused for lack of input (storms pause through `storm`). */
  let paused = false;
  let resumeScheduled = false;
  let halted = false;
  let lastActivity = clock.now();
  let tick: unknown = null;

  function emitChunk(chunk: EncodedChunk) {
    const { data, encoding, startTs, endTs, count } = chunk;
    // `data` is compressed text scrubbed while recording: the scrub stage must not rewrite it.
    context.emit({ type: 'replay_chunk', props: { seq: session.seq++, data, encoding, startTs, endTs, count }, opaque: ['data'] });
    saveRecord(storage, session);
    stats.chunks++;
    stats.bytes += data.length;
    stats.encoding = encoding;
  }

  const onRecorded = (event: RecordedEvent) => {
    stats.events++;
    if (session.mode === 'buffer') buffer?.push(event);
    else serializer.push(event);
  };

  /** Recordings shorter than the minimum are never sent; once a session passes it, it always sends. */
  const maySend = () => {
    if (session.sentSince > 0) return true;
    if (clock.now() - startedAt < options.minDurationMs) return false;
    session.sentSince = clock.now();
    saveRecord(storage, session);
    return true;
  };

  /**
   * The page's first snapshot leaves as soon as the session may send, not at the next interval:
   * a visitor who leaves within seconds would otherwise take it into the page-hide rush, where
   * the transport's unload budget cannot hold a snapshot and the page may die before it is kept.
   */
  function sendSnapshotEarly() {
    const wait = session.sentSince > 0 ? 0 : Math.max(0, startedAt + options.minDurationMs - clock.now());
    context.setTimeout(() => {
      if (!halted && session.mode === 'full' && maySend()) serializer.flush();
    }, wait);
  }

  function start() {
    if (paused || storm?.storming) return;
    record();
  }

  function record() {
    if (halted || !recorder || recording || session.mode === 'off') return;
    const first = startedAt === 0;
    startedAt = startedAt || clock.now();
    if (first) sendSnapshotEarly();
    const checkout = session.mode === 'buffer' ? options.onSignal?.bufferMs : undefined;
    recording = startRecording(recorder, options, {
      onEvent: onRecorded, measure, scrub, onError: context.reportError,
      setTimeout: (fn, ms) => context.setTimeout(fn, ms), clearTimeout: (handle) => context.clearTimeout(handle),
    }, checkout);
  }

  /** Stops rrweb; with a reason, the recording ends with a marker saying why it paused. */
  function pause(reason?: 'idle' | 'storm') {
    if (reason && recording) {
      try {
        recording.mark('sl-pause', { reason });
      } catch (error) {
        context.reportError(error);
      }
    }
    recording?.stop();
    recording = null;
  }

  /** Input after a pause: record again, once the input's own work is done (a snapshot is long). */
  function resumeSoon() {
    if (resumeScheduled || recording || halted) return;
    resumeScheduled = true;
    soon.schedule(guard(() => {
      resumeScheduled = false;
      start();
    }));
  }

  function watchStorms() {
    const win = context.env?.window as (Window & { MutationObserver?: typeof MutationObserver }) | undefined;
    if (!options.stormPause || !win?.MutationObserver) return;
    storm = createStormWatch(options.stormPause, {
      window: { MutationObserver: win.MutationObserver, document: win.document },
      now: () => clock.now(),
      setTimeout: (fn, ms) => context.setTimeout(guard(fn), ms),
      clearTimeout: (handle) => context.clearTimeout(handle),
      onStorm() {
        if (!recording) return;
        stats.stormPauses++;
        pause('storm');
      },
      // One fresh full snapshot, so a replay of a long storm does not show the page as it began.
      onKeyframe() {
        if (paused || recording) return 0;
        const started = performance.now();
        record();
        pause('storm');
        return performance.now() - started;
      },
      onCalm: start,
    });
  }

  function flushTick() {
    tick = null;
    if (halted) return;
    if (session.mode === 'full' && maySend()) serializer.flush();
    if (!paused && recording && clock.now() - lastActivity >= options.idleTimeoutMs) {
      paused = true;
      pause('idle');
    }
    tick = context.setTimeout(flushTick, options.flushIntervalMs);
  }

  function halt() {
    if (halted) return;
    storm?.stop();
    storm = null;
    pause();
    if (session.mode === 'full' && maySend()) serializer.flush();
    halted = true;
    stats.mode = 'stopped';
  }

  /** A frustration signal or an error: keep what the buffer holds and record in full from now on. */
  function trigger() {
    if (session.mode !== 'buffer' || halted) return;
    session.mode = 'full';
    session.sentSince = session.sentSince || clock.now();
    saveRecord(storage, session);
    stats.mode = 'full';
    for (const event of buffer?.drain() ?? []) serializer.push(event);
    serializer.flush();
  }

  function onEvent(event: SightlineEvent) {
    if (event.type === 'replay_chunk' || event.type === 'replay_stats') return;
    if (session.sid === null) {
      session.sid = event.sessionId;
      saveRecord(storage, session);
    } else if (session.sid !== event.sessionId) {
      // A new session: decide again, and start over with a full snapshot under the new id.
      pause();
      serializer.clear();
      buffer?.drain();
      session = fresh(event.sessionId);
      saveRecord(storage, session);
      stats.mode = session.mode;
      startedAt = 0;
      start();
    }
    if (options.onSignal?.signals.includes(event.type)) trigger();
  }

  function onHide() {
    if (session.mode === 'full') {
      if (maySend()) serializer.flushSync();
      else {
        stats.dropped += serializer.size();
        serializer.clear();
      }
    }
    stats.dropped = Math.max(stats.dropped, buffer?.expired() ?? 0);
    context.emit({ type: 'replay_stats', props: { ...stats, mainThreadMs: Math.round(stats.mainThreadMs * 10) / 10, longestMs: Math.round(stats.longestMs * 10) / 10 } });
  }

  const watch = createPageWatch(context, {
    onHide,
    onActivity() {
      lastActivity = clock.now();
      storm?.activity();
      paused = false;
      if (!recording) resumeSoon();
    },
    onError: trigger,
  });
  const unsubscribe = context.onEvent(onEvent);
  tick = context.setTimeout(flushTick, options.flushIntervalMs);

  Promise.all([(raw.loadRecorder ?? loadRrweb)(), raw.scrubText ? Promise.resolve(raw.scrubText) : loadScrubber()])
    .then(([module, scrubText]) => {
      if (halted) return;
      recorder = module;
      scrub = cacheScrub(scrubText);
      start();
      watchStorms();
    })
    .catch((error: unknown) => {
      context.reportError(error);
      halt();
    });

  return {
    stats,
    stop() {
      if (session.mode === 'full' && !halted && maySend()) serializer.flushSync();
      halt();
      watch();
      unsubscribe();
      if (tick !== null) context.clearTimeout(tick);
      idle.cancel();
      soon.cancel();
      queue.stop();
      serializer.clear();
      buffer?.drain();
      // Lets go of the scrub cache and rrweb: the plugin object may outlive the recording.
      scrub = () => '';
      recorder = null;
    },
  };
}
