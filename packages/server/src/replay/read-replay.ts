import { joinLines, type OpenPieces } from './chunk-pieces';
import type { LineCleaner } from './clean-line';
import type { ReplayChunkRow, ReplayRepository, SnapshotQuery } from './replay-repository';
import { EventType, type RecordedEvent } from './rrweb-format';

/** Largest answer of one replay read, in characters of event JSON; the rest is a next page. */
export const MAX_REPLAY_CHARS = 32 * 1024 * 1024;

export interface ReplayPage {
  sessionId: string;
  chunks: Array<{ seq: number; startTs: number; endTs: number; count: number }>;
  events: RecordedEvent[];
  /** Where the next page starts, when this one stopped at a cap. */
  nextSeq?: number;
}

/**
 * A session's recording in seq order, and inside a chunk in timestamp order. Lines whose pieces
 * the store has not joined yet (their chunks came out of order, or at once on two nodes) are
 * joined, sanitized and scrubbed here, so nothing raw is ever served.
 */
export async function readReplay(
  repository: ReplayRepository,
  clean: LineCleaner,
  projectId: string,
  sessionId: string,
  page: { fromSeq: number; limit: number },
): Promise<ReplayPage | undefined> {
  const { kept, more } = await readRows(repository, projectId, sessionId, page);
  if (kept.length === 0) return undefined;
  const late = joinLate(kept, clean);
  const events = kept.flatMap((row) => {
    const own = row.events ? (JSON.parse(row.events) as RecordedEvent[]) : [];
    const joined = late.get(row.seq);
    const all = joined ? [joined, ...own] : own;
    // Stable: events of one timestamp keep their recorded order.
    return all.map((event, index) => ({ event, index })).sort((a, b) => a.event.timestamp - b.event.timestamp || a.index - b.index).map(({ event }) => event);
  });
  const last = kept.at(-1) as ReplayChunkRow;
  return {
    sessionId,
    chunks: kept.map(({ seq, startTs, endTs, count }) => ({ seq, startTs, endTs, count })),
    events,
    ...(more && { nextSeq: last.seq + 1 }),
  };
}

/** Rows a few at a time, so a session of huge chunks never sits in memory past the cap. */
async function readRows(repository: ReplayRepository, projectId: string, sessionId: string, page: { fromSeq: number; limit: number }) {
  const kept: ReplayChunkRow[] = [];
  let chars = 0;
  let from = page.fromSeq;
  for (;;) {
    // One row past the limit tells whether there is a next page.
    const want = Math.min(READ_BATCH, page.limit + 1 - kept.length);
    const rows = await repository.list(projectId, sessionId, from, want);
    for (const row of rows) {
      if (kept.length === page.limit || (kept.length > 0 && chars + row.events.length > MAX_REPLAY_CHARS)) return { kept, more: true };
      chars += row.events.length;
      kept.push(row);
    }
    if (rows.length < want) return { kept, more: false };
    from = (rows.at(-1) as ReplayChunkRow).seq + 1;
  }
}

const READ_BATCH = 20;

function joinLate(rows: readonly ReplayChunkRow[], clean: LineCleaner): Map<number, RecordedEvent> {
  const pieces = new Map<number, OpenPieces>(rows.map((row) => [row.seq, { seq: row.seq, newline: row.newline, head: row.head, tail: row.tail }]));
  const joined = new Map<number, RecordedEvent>();
  for (const line of joinLines(pieces)) {
    const event = clean(line.text);
    if (event) joined.set(line.seq, event);
  }
  return joined;
}

export interface SnapshotAnswer {
  sessionId: string;
  ts: number;
  width: number;
  height: number;
  href: string;
  /** The Meta event and the full snapshot, ready for rrweb's player. */
  events: [RecordedEvent, RecordedEvent];
}

/** The most recent full snapshot of a page at a viewport class, with the Meta event it follows. */
export async function readSnapshot(repository: ReplayRepository, projectId: string, query: SnapshotQuery): Promise<SnapshotAnswer | undefined> {
  const found = await repository.latestSnapshot(projectId, query);
  if (!found) return undefined;
  const [row] = await repository.list(projectId, found.sessionId, found.seq, 1);
  const events = row?.seq === found.seq && row.events ? (JSON.parse(row.events) as RecordedEvent[]) : [];
  const snapshot = events.find((event) => event.type === EventType.FullSnapshot && event.timestamp === found.ts);
  if (!snapshot) return undefined;
  const meta: RecordedEvent = { type: EventType.Meta, timestamp: found.ts, data: { href: found.url, width: found.width, height: found.height } };
  return { sessionId: found.sessionId, ts: found.ts, width: found.width, height: found.height, href: found.url, events: [meta, snapshot] };
}
