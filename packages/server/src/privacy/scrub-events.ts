import { scrubEvent, type SightlineEvent } from '@sightline/core';
import { createScrubber, type ScrubberOptions } from '@sightline/scrubber';
import { memoizeScrubber } from './scrub-memo';

export type EventsScrubber = (events: readonly SightlineEvent[]) => SightlineEvent[];

/**
 * The server's own scrub pass, run on every event before it is stored: clients may be old, may
 * have turned their scrubber off, or may not be Sightline's SDK at all. It is the same scrubber
 * and the same event walk as the browser's, so a value caught in one place is caught in both.
 */
export function createEventsScrubber(options: ScrubberOptions = {}): EventsScrubber {
  const scrubber = memoizeScrubber(createScrubber(options));
  return (events) => events.map((event) => scrubEvent(event, scrubber));
}
