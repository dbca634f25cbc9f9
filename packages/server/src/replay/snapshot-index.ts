import type { EventHead } from './cleaned-event';
import { EventType, isObject } from './rrweb-format';
import type { ReplaySnapshotRow } from './replay-repository';

/**
 * Every full snapshot that follows its Meta event (rrweb writes the page's URL and viewport in
 * Meta, then the DOM): what a heatmap needs to draw over the page as the visitor saw it.
 * `previous` is the event just before `events[0]`, from the chunk before, when known.
 */
export function findSnapshots(sessionId: string, seq: number, events: readonly EventHead[], previous?: EventHead): ReplaySnapshotRow[] {
  const found: ReplaySnapshotRow[] = [];
  events.forEach((event, index) => {
    const meta = index === 0 ? previous : events[index - 1];
    if (event.type !== EventType.FullSnapshot || meta?.type !== EventType.Meta || !isObject(meta.data)) return;
    const { href, width, height } = meta.data;
    if (typeof href !== 'string' || href === '' || typeof width !== 'number' || typeof height !== 'number') return;
    found.push({ sessionId, seq, ts: event.timestamp, url: href, path: pathOf(href), width: Math.round(width), height: Math.round(height) });
  });
  return found;
}

/**
 * The path of a recorded URL. Not through `new URL` alone: the scrubber may have replaced the
 * host (`http://[ip]:8080/cart` after an IP address was removed), which no URL parser accepts.
 */
export const pathOf = (href: string): string => {
  try {
    return new URL(href).pathname;
  } catch {
    const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(href)?.[1];
    return path ?? '/';
  }
};
