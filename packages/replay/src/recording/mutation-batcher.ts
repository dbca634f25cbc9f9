import type { RecordedEvent, RecordFunction } from './recorder-module';

/** Custom event tag used only to wake rrweb's frozen mutation buffers; it is never recorded. */
export const FLUSH_TAG = 'sl-flush';
const EVENT_CUSTOM = 5;
const EVENT_INCREMENTAL = 3;
const SOURCE_MUTATION = 0;
/** Mutation records per batch above which the page counts as storming. */
const STORM_SIZE = 2_000;
const MAX_STRETCH = 8;

export interface MutationBatcher {
  /** Looks at each rrweb event; returns false for the batcher's own wake-up events. */
  observe(event: RecordedEvent): boolean;
  stop(): void;
}

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

type MutationData = { source?: number; adds?: unknown[]; removes?: unknown[]; texts?: unknown[]; attributes?: unknown[] };

/**
 * Keeps rrweb's mutation buffers frozen and releases them every `batchMs`, so a DOM that changes
 * many times a second is serialized once per batch: nodes added and removed in between are never
 * serialized at all. During a storm the interval stretches (up to 8×) and shrinks back after.
 * Any user input releases the buffers at once (rrweb does that itself), so input is never late.
 */
export function createMutationBatcher(record: RecordFunction, batchMs: number, timers: Timers, measure: <T>(fn: () => T) => T): MutationBatcher {
  let stretch = 1;
  let records = 0;
  let handle: unknown = null;
  let stopped = false;

  const release = () => {
    handle = null;
    if (stopped) return;
    records = 0;
    measure(() => {
      record.addCustomEvent(FLUSH_TAG, 0);
      record.freezePage();
    });
    stretch = records > STORM_SIZE ? Math.min(MAX_STRETCH, stretch * 2) : Math.max(1, stretch / 2);
    handle = timers.setTimeout(release, batchMs * stretch);
  };

  measure(() => record.freezePage());
  handle = timers.setTimeout(release, batchMs);

  return {
    observe(event) {
      if (event.type === EVENT_CUSTOM && (event.data as { tag?: string } | undefined)?.tag === FLUSH_TAG) return false;
      if (event.type === EVENT_INCREMENTAL) {
        const data = event.data as MutationData | undefined;
        if (data && data.source === SOURCE_MUTATION) {
          records += (data.adds?.length ?? 0) + (data.removes?.length ?? 0) + (data.texts?.length ?? 0) + (data.attributes?.length ?? 0);
        }
      }
      return true;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      // Let go of what rrweb still holds frozen, so it is recorded before the stop.
      try {
        record.addCustomEvent(FLUSH_TAG, 0);
      } catch {
        // rrweb was already stopped.
      }
    },
  };
}
