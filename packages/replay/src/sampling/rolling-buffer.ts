import { EVENT_META, type RecordedEvent } from '../recording/recorder-module';

export interface RollingBuffer {
  push(event: RecordedEvent): void;
  /** Everything kept, oldest first; empties the buffer. */
  drain(): RecordedEvent[];
  /** Events currently kept. */
  size(): number;
  /** Events let go because they fell out of the window. */
  expired(): number;
}

/**
 * Keeps the last `windowMs` of recording in memory. rrweb takes a fresh full snapshot every
 * `windowMs` (checkout), and each one starts a segment; a segment is let go once the one after
 * it alone covers the window, so what is kept always starts with a full snapshot.
 */
export function createRollingBuffer(windowMs: number): RollingBuffer {
  let segments: RecordedEvent[][] = [];
  let expired = 0;

  const prune = (now: number) => {
    while (segments.length > 1 && (segments[1]?.[0]?.timestamp ?? now) <= now - windowMs) {
      expired += segments.shift()?.length ?? 0;
    }
  };

  return {
    push(event) {
      if (event.type === EVENT_META || segments.length === 0) {
        segments.push([]);
        prune(event.timestamp);
      }
      segments[segments.length - 1]?.push(event);
    },
    drain() {
      const all = segments.flat();
      segments = [];
      return all;
    },
    size: () => segments.reduce((sum, segment) => sum + segment.length, 0),
    expired: () => expired,
  };
}
