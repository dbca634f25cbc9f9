import { EVENT_FULL_SNAPSHOT, type RecordedEvent } from '../recording/recorder-module';
import type { ChunkQueue } from './chunk-queue';
import { sanitizeEvent } from '../privacy/sanitize';

export interface SerializerOptions {
  queue: ChunkQueue;
  /** Runs a callback later, in idle time where the browser has it. */
  schedule(callback: () => void): void;
  measure<T>(fn: () => T): T;
  now(): number;
  /** Longest stretch of serializing before yielding back to the page. Default 8 ms. */
  sliceMs?: number;
}

export interface Serializer {
  /** Hot path: only keeps the reference. */
  push(event: RecordedEvent): void;
  /** Serializes what is waiting in idle-time slices and hands it to the queue. */
  flush(): void;
  /** Serializes and emits everything now (page hide). */
  flushSync(): void;
  /** Events not yet serialized. */
  size(): number;
  clear(): void;
}

/** Turns rrweb events into NDJSON pieces off the hot path, a few milliseconds at a time. */
export function createSerializer(options: SerializerOptions): Serializer {
  const sliceMs = options.sliceMs ?? 8;
  let pending: RecordedEvent[] = [];
  let lines: string[] = [];
  let chars = 0;
  let startTs = 0;
  let endTs = 0;
  let scheduled = false;

  const cut = () => {
    if (lines.length === 0) return;
    const text = lines.join('');
    lines = [];
    chars = 0;
    options.queue.add({ text, startTs, endTs });
  };

  const take = (event: RecordedEvent) => {
    sanitizeEvent(event);
    const line = `${JSON.stringify(event)}\n`;
    // rrweb 2.1.6 keeps its last full snapshot alive in a closure that outlives stop() (every
    // recording's closure stays reachable from a module-level array, rrweb#1628). Once serialized,
    // the tree is ours to let go; rrweb only reads the timestamp again.
    if (event.type === EVENT_FULL_SNAPSHOT) event.data = {};
    if (lines.length === 0) startTs = event.timestamp;
    endTs = event.timestamp;
    lines.push(line);
    chars += line.length;
    if (chars >= options.queue.targetChars()) cut();
  };

  const slice = () => {
    scheduled = false;
    const done = options.measure(() => {
      const started = options.now();
      let index = 0;
      while (index < pending.length && options.now() - started < sliceMs) take(pending[index++] as RecordedEvent);
      pending = pending.slice(index);
      return pending.length === 0;
    });
    if (done) options.measure(cut);
    else schedule();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    options.schedule(slice);
  };

  return {
    push: (event) => void pending.push(event),
    flush: () => {
      if (pending.length > 0 || lines.length > 0) schedule();
    },
    flushSync() {
      options.measure(() => {
        for (const event of pending) take(event);
        pending = [];
        cut();
      });
      options.queue.flushSync();
    },
    size: () => pending.length,
    clear() {
      pending = [];
      lines = [];
      chars = 0;
    },
  };
}
