import type { LineCleaner } from './clean-line';
import { EventType, type RecordedEvent } from './rrweb-format';

/** What storing needs to know of an event without its body: enough to index full snapshots. */
export type EventHead = Pick<RecordedEvent, 'type' | 'timestamp' | 'data'>;

/**
 * A cleaned rrweb event as its JSON text and its head. Cleaning happens off the event loop, and
 * a text crosses threads far cheaper than a tree of objects; a chunk's row is the texts joined.
 */
export interface CleanedEvent {
  json: string;
  /** Type and timestamp, and for a Meta event its data (page URL and viewport). */
  head: EventHead;
}

export function cleanedOf(event: RecordedEvent): CleanedEvent {
  const { type, timestamp } = event;
  return { json: JSON.stringify(event), head: type === EventType.Meta ? { type, timestamp, data: event.data } : { type, timestamp } };
}

/** NDJSON lines to cleaned events; null for a line that is not one. */
export function cleanLinesWith(clean: LineCleaner, lines: readonly string[]): Array<CleanedEvent | null> {
  return lines.map((line) => {
    const event = clean(line);
    return event && cleanedOf(event);
  });
}

/** A stored chunk's events (a JSON array, as `eventsJson` writes it), event by event. */
export function readStoredEvents(json: string): CleanedEvent[] {
  return json ? (JSON.parse(json) as RecordedEvent[]).map(cleanedOf) : [];
}

/** A chunk's `events` column: exactly `JSON.stringify` of the events. */
export const eventsJson = (events: readonly CleanedEvent[]): string => `[${events.map((event) => event.json).join(',')}]`;

/** Events by timestamp, those of one timestamp in their recorded order: as a recording is served. */
export const inTimeOrder = (events: readonly CleanedEvent[]): CleanedEvent[] =>
  events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.head.timestamp - b.event.head.timestamp || a.index - b.index)
    .map(({ event }) => event);
