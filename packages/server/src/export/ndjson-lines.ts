import type { TimeRange } from '../query/range';
import type { EventStore } from '../store/event-store';
import { exportSql } from './export-query';

/** Each event exactly as accepted, one JSON line each, in (ts, id) order. */
export async function* ndjsonLines(store: EventStore, projectId: string, range: TimeRange): AsyncGenerator<string> {
  let buffer = '';
  for await (const row of store.reader.stream(exportSql(store.reader.dialect, projectId, range, 'event'))) {
    buffer += `${String(row.event)}\n`;
    // Lines are sent in ~64 KB chunks: one write per event would dominate the cost.
    if (buffer.length >= 65_536) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer !== '') yield buffer;
}
