import { createLineCleaner } from './clean-line';
import { type CleanedEvent, cleanLinesWith, readStoredEvents } from './cleaned-event';

/**
 * Sanitizing and scrubbing recordings, behind promises: `createCleanerPool` runs it in worker
 * threads, so a page of tens of thousands of nodes never holds up the event loop.
 */
export interface RecordingCleaner {
  /** Each NDJSON line to its safe, scrubbed event, or null when it is not one. */
  cleanLines(lines: readonly string[]): Promise<Array<CleanedEvent | null>>;
  /** The events of a stored chunk, read back. */
  readEvents(json: string): Promise<CleanedEvent[]>;
  /** Stops the threads, if any; the cleaner is not used after. */
  close(): Promise<void>;
}

/** The same work on the calling thread. */
export function createInlineCleaner(): RecordingCleaner {
  const clean = createLineCleaner();
  return {
    cleanLines: async (lines) => cleanLinesWith(clean, lines),
    readEvents: async (json) => readStoredEvents(json),
    close: async () => undefined,
  };
}
