import { joinLines, type OpenPieces } from './chunk-pieces';
import { type CleanedEvent, inTimeOrder } from './cleaned-event';
import type { RecordingCleaner } from './recording-cleaner';
import type { ReplayChunkRow, ReplayRepository, SnapshotQuery } from './replay-repository';
import { EventType, type RecordedEvent } from './rrweb-format';

/** Largest answer of one replay read, in characters of event JSON; the rest is a next page. */
export const MAX_REPLAY_CHARS = 32 * 1024 * 1024;

/** The answer of `GET /v1/replay/:sessionId`, which `readReplay` writes as JSON text. */
export interface ReplayPage {
  sessionId: string;
  chunks: Array<{ seq: number; startTs: number; endTs: number; count: number }>;
  events: RecordedEvent[];
  /** Where the next page starts, when this one stopped at a cap. */
  nextSeq?: number;
}

/**
 * A session's recording in seq order, and inside a chunk in timestamp order: the JSON text of a
 * `ReplayPage`, in pieces that joined are exactly `JSON.stringify` of it. Stored events are clean
 * JSON already, in that order (store-chunks.ts), so the pieces are mostly the stored texts as they
 * are: nothing is parsed on the event loop, however large the page, and the route writes the
 * pieces one by one. Lines whose pieces the store has not joined yet (their chunks came out of
 * order, or at once on two nodes) are joined here, then sanitized and scrubbed by `cleaner` (in a
 * worker thread, with the cleaner pool), so nothing raw is ever served.
 */
export async function readReplay(
  repository: ReplayRepository,
  cleaner: RecordingCleaner,
  projectId: string,
  sessionId: string,
  page: { fromSeq: number; limit: number },
): Promise<string[] | undefined> {
  const { kept, more } = await readRows(repository, projectId, sessionId, page);
  if (kept.length === 0) return undefined;
  const late = await joinLate(kept, cleaner);
  const texts = (await Promise.all(kept.map((row) => eventsText(row, late.get(row.seq), cleaner)))).filter((text) => text !== '');
  const chunks = JSON.stringify(kept.map(({ seq, startTs, endTs, count }) => ({ seq, startTs, endTs, count })));
  const last = kept.at(-1) as ReplayChunkRow;
  return [
    `{"sessionId":${JSON.stringify(sessionId)},"chunks":${chunks},"events":[`,
    ...texts.flatMap((text, index) => (index === 0 ? [text] : [',', text])),
    `]${more ? `,"nextSeq":${last.seq + 1}` : ''}}`,
  ];
}

/**
 * A chunk's events as JSON texts joined by commas, without the brackets. With a late-joined
 * line, the chunk is read back in the cleaner to put the line's event in timestamp order.
 */
async function eventsText(row: ReplayChunkRow, joined: CleanedEvent | undefined, cleaner: RecordingCleaner): Promise<string> {
  if (!joined) return row.events.slice(1, -1);
  const own = row.events ? await cleaner.readEvents(row.events) : [];
  return inTimeOrder([joined, ...own])
    .map((event) => event.json)
    .join(',');
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

async function joinLate(rows: readonly ReplayChunkRow[], cleaner: RecordingCleaner): Promise<Map<number, CleanedEvent>> {
  const pieces = new Map<number, OpenPieces>(rows.map((row) => [row.seq, { seq: row.seq, newline: row.newline, head: row.head, tail: row.tail }]));
  const lines = joinLines(pieces);
  const joined = new Map<number, CleanedEvent>();
  if (lines.length === 0) return joined;
  const events = await cleaner.cleanLines(lines.map((line) => line.text));
  lines.forEach((line, index) => {
    const event = events[index];
    if (event) joined.set(line.seq, event);
  });
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

/**
 * The most recent full snapshot of a page at a viewport class, with the Meta event it follows:
 * the JSON text of a `SnapshotAnswer`. The chunk holding it is read in `cleaner` (a worker thread
 * with the cleaner pool), and the snapshot's stored text is served as it is.
 */
export async function readSnapshot(
  repository: ReplayRepository,
  cleaner: RecordingCleaner,
  projectId: string,
  query: SnapshotQuery,
): Promise<string | undefined> {
  const found = await repository.latestSnapshot(projectId, query);
  if (!found) return undefined;
  const [row] = await repository.list(projectId, found.sessionId, found.seq, 1);
  const events = row?.seq === found.seq && row.events ? await cleaner.readEvents(row.events) : [];
  const snapshot = events.find(({ head }) => head.type === EventType.FullSnapshot && head.timestamp === found.ts);
  if (!snapshot) return undefined;
  const meta: RecordedEvent = { type: EventType.Meta, timestamp: found.ts, data: { href: found.url, width: found.width, height: found.height } };
  const { sessionId, ts, width, height, url: href } = found;
  // `JSON.stringify` of the answer with the snapshot's text put in as the second event.
  const head = JSON.stringify({ sessionId, ts, width, height, href, events: [meta] });
  return `${head.slice(0, -2)},${snapshot.json}]}`;
}
