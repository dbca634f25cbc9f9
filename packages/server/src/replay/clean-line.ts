import { createScrubber, type Scrubber, type ScrubberOptions } from '@sightline/scrubber';
import type { RecordedEvent } from './rrweb-format';
import { sanitizeEvent } from './sanitize-event';
import { scrubRecordedEvent } from './scrub-recording';
import { memoizeScrubber } from '../privacy/scrub-memo';

/** One NDJSON line of a recording to a safe, scrubbed rrweb event, or null when it is not one. */
export type LineCleaner = (line: string) => RecordedEvent | null;

export function createLineCleaner(options: ScrubberOptions | Scrubber = {}): LineCleaner {
  const scrubber = memoizeScrubber('scrubText' in options ? options : createScrubber(options));
  return (line) => {
    if (line.trim() === '') return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      // Not JSON (a forged line, or a line that lost a piece to a missing chunk): dropped.
      return null;
    }
    const event = sanitizeEvent(parsed);
    return event && scrubRecordedEvent(event, scrubber);
  };
}
