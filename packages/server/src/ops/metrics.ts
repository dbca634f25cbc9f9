import type { StoreBacklog } from '../store/event-store';
import { createHistogram } from './histogram';

/** What the server counts; rendered as Prometheus text by `GET /metrics`. */
export interface Metrics {
  /** A batch the store committed: its new events and its duplicates. */
  stored(accepted: number, duplicates: number, seconds: number): void;
  /** An ingest request or frame refused, by error code. */
  rejected(code: string): void;
  /** A live frame not delivered because the subscriber fell behind. */
  liveDropped(events: number): void;
  /** Open WebSockets by kind (`ingest` or `live`); pass +1 on open, -1 on close. */
  socketOpened(kind: SocketKind, delta: 1 | -1): void;
  /** Where to read the store's backlog from when rendering (stores that acknowledge first). */
  watchBacklog(read: () => StoreBacklog): void;
  render(): string;
}

export type SocketKind = 'ingest' | 'live';

const counter = (name: string, help: string, value: number | string[]) => [
  `# HELP ${name} ${help}`,
  `# TYPE ${name} counter`,
  ...(typeof value === 'number' ? [`${name} ${value}`] : value),
];

// Error codes become label values: `SL_ERR_TOO_LARGE` reads better as `too_large`.
const reasonOf = (code: string) => code.replace(/^SL_ERR_/, '').toLowerCase();

export function createMetrics(): Metrics {
  let accepted = 0;
  let duplicates = 0;
  let batches = 0;
  let liveDropped = 0;
  const rejected = new Map<string, number>();
  const sockets: Record<SocketKind, number> = { ingest: 0, live: 0 };
  const storeLatency = createHistogram();
  let readBacklog: (() => StoreBacklog) | undefined;
  return {
    stored(newEvents, dupes, seconds) {
      accepted += newEvents;
      duplicates += dupes;
      batches++;
      storeLatency.observe(seconds);
    },
    rejected(code) {
      const reason = reasonOf(code);
      rejected.set(reason, (rejected.get(reason) ?? 0) + 1);
    },
    liveDropped(events) {
      liveDropped += events;
    },
    socketOpened(kind, delta) {
      sockets[kind] += delta;
    },
    watchBacklog(read) {
      readBacklog = read;
    },
    render() {
      const reasons = [...rejected].map(([reason, n]) => `sightline_ingest_rejected_total{reason="${reason}"} ${n}`);
      const rss = process.memoryUsage().rss;
      const backlog = readBacklog?.();
      return [
        ...counter('sightline_events_accepted_total', 'Events newly stored (on DuckDB: durable in the ingest log).', accepted),
        ...counter('sightline_events_duplicate_total', 'Events already stored, counted once per extra copy.', duplicates),
        ...counter('sightline_batches_stored_total', 'Batches committed by the store.', batches),
        ...counter('sightline_ingest_rejected_total', 'Ingest requests and frames refused, by reason.', reasons),
        '# HELP sightline_store_insert_seconds Time for the store to commit one batch.',
        '# TYPE sightline_store_insert_seconds histogram',
        ...storeLatency.lines('sightline_store_insert_seconds'),
        ...counter('sightline_live_dropped_events_total', 'Live events not sent to a subscriber that fell behind.', liveDropped),
        ...(backlog
          ? [
              '# HELP sightline_store_backlog_events Events acknowledged and not yet stored (the ingest log).',
              '# TYPE sightline_store_backlog_events gauge',
              `sightline_store_backlog_events ${backlog.events}`,
              ...counter('sightline_store_refused_batches_total', 'Acknowledged batches the store refused on their own, set aside.', backlog.refusedBatches),
            ]
          : []),
        '# HELP sightline_websockets_open Open WebSocket connections by kind.',
        '# TYPE sightline_websockets_open gauge',
        `sightline_websockets_open{kind="ingest"} ${sockets.ingest}`,
        `sightline_websockets_open{kind="live"} ${sockets.live}`,
        '# HELP process_resident_memory_bytes Resident memory size in bytes.',
        '# TYPE process_resident_memory_bytes gauge',
        `process_resident_memory_bytes ${rss}`,
        '',
      ].join('\n');
    },
  };
}
