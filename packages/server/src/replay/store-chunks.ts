import { chainStart, joinLines, type OpenPieces, splitChunk } from './chunk-pieces';
import { type CleanedEvent, eventsJson, inTimeOrder } from './cleaned-event';
import type { IncomingChunk } from './divert-chunks';
import type { RecordingCleaner } from './recording-cleaner';
import type { ReplayChunkRow, ReplayRepository, ReplaySnapshotRow } from './replay-repository';
import { findSnapshots } from './snapshot-index';

/** A chunk while it is being stored: its row, its cleaned events, whether it must be written. */
interface Working extends OpenPieces {
  row: ReplayChunkRow;
  /** The same array for every reader: a joined line's event is added to it in place. */
  events?: Promise<CleanedEvent[]>;
  isNew: boolean;
  changed: boolean;
  headJoinedFrom?: number;
}

/**
 * Stores a batch's chunks: each once per (session, seq), its whole lines cleaned now, and every
 * line that spans chunks joined, cleaned and stored as soon as all its pieces are in the store.
 * The raw pieces are kept only until then (the chunk is rewritten without them). Cleaning, the
 * CPU-heavy part, is the cleaner's (worker threads in the server); this is bookkeeping and I/O.
 */
export async function storeChunks(
  repository: ReplayRepository,
  cleaner: RecordingCleaner,
  projectId: string,
  incoming: readonly IncomingChunk[],
  receivedAt: number,
): Promise<void> {
  const bySession = new Map<string, IncomingChunk[]>();
  for (const chunk of incoming) bySession.set(chunk.sessionId, [...(bySession.get(chunk.sessionId) ?? []), chunk]);
  for (const [sessionId, chunks] of bySession) await storeSession(repository, cleaner, projectId, sessionId, chunks, receivedAt);
}

async function storeSession(
  repository: ReplayRepository,
  cleaner: RecordingCleaner,
  projectId: string,
  sessionId: string,
  chunks: readonly IncomingChunk[],
  receivedAt: number,
): Promise<void> {
  const seqs = [...new Set(chunks.map((chunk) => chunk.props.seq))];
  const near = [...new Set(seqs.flatMap((seq) => [seq - 1, seq, seq + 1]).filter((seq) => seq >= 0))];
  const working = new Map<number, Working>();
  for (const row of await repository.find(projectId, sessionId, { seqs: near, open: true })) working.set(row.seq, fromRow(row));
  for (const chunk of chunks) {
    // Stored already (a retry), or twice in this batch: the first copy stands, and is not cleaned again.
    if (!working.has(chunk.props.seq)) working.set(chunk.props.seq, fromChunk(chunk, sessionId, receivedAt, cleaner));
  }
  // A line may start further back than the neighbours fetched above: fetch where each would start.
  const starts = [...working.values()]
    .filter((chunk) => chunk.newline && chunk.head !== null)
    .map((chunk) => chainStart(working, chunk.seq))
    .filter((seq) => seq >= 0 && !working.has(seq));
  if (starts.length > 0) {
    for (const row of await repository.find(projectId, sessionId, { seqs: [...new Set(starts)] })) working.set(row.seq, fromRow(row));
  }
  const before = new Map([...working.values()].map((chunk) => [chunk.seq, { head: chunk.head, tail: chunk.tail }]));
  const joined = joinLines(working);
  const joinedEvents = await Promise.all(joined.map(async (line) => (await cleaner.cleanLines([line.text]))[0] ?? null));
  for (const [index, line] of joined.entries()) {
    const end = working.get(line.seq) as Working;
    const event = joinedEvents[index];
    end.changed = true;
    // Only a line that made an event links this chunk to the one before: a join that failed (a
    // chunk of the line was lost) must not pair this chunk's first snapshot with an older Meta.
    if (event) {
      end.headJoinedFrom = line.from;
      (await eventsOf(end, cleaner)).unshift(event);
    }
  }
  const written: Working[] = [];
  for (const chunk of [...working.values()].sort((a, b) => a.seq - b.seq)) {
    const was = before.get(chunk.seq);
    // Dropping an empty tail changes nothing worth a write; dropping raw text does.
    if ((was?.tail ?? '') !== '' && chunk.tail === null) chunk.changed = true;
    if (was?.head !== null && was?.head !== undefined && chunk.head === null) chunk.changed = true;
    if (chunk.isNew || chunk.changed) written.push(chunk);
  }
  const previousOf = (chunk: Working) =>
    chunk.headJoinedFrom !== undefined && chunk.headJoinedFrom >= 0 ? working.get(chunk.headJoinedFrom) : undefined;
  // Stored chunks are read back (in the cleaner) all at once.
  await Promise.all(written.flatMap((chunk) => [chunk, previousOf(chunk)]).map((chunk) => chunk && eventsOf(chunk, cleaner)));
  const snapshots: ReplaySnapshotRow[] = [];
  const added: ReplayChunkRow[] = [];
  const rewritten: ReplayChunkRow[] = [];
  for (const chunk of written) {
    const events = await eventsOf(chunk, cleaner);
    const previous = previousOf(chunk);
    const last = previous && (await eventsOf(previous, cleaner)).at(-1);
    snapshots.push(...findSnapshots(sessionId, chunk.seq, events.map((event) => event.head), last?.head));
    // Stored in the order they are served, so a read joins the texts as they are (read-replay.ts).
    const row: ReplayChunkRow = { ...chunk.row, events: eventsJson(inTimeOrder(events)), head: chunk.head, tail: chunk.tail };
    (chunk.isNew ? added : rewritten).push(row);
  }
  if (added.length > 0) await repository.put(projectId, added);
  if (rewritten.length > 0) await repository.put(projectId, rewritten, { replace: true });
  if (snapshots.length > 0) await repository.putSnapshots(projectId, snapshots);
}

function fromRow(row: ReplayChunkRow): Working {
  return { seq: row.seq, newline: row.newline, head: row.head, tail: row.tail, row, isNew: false, changed: false };
}

function fromChunk(chunk: IncomingChunk, sessionId: string, receivedAt: number, cleaner: RecordingCleaner): Working {
  const pieces = splitChunk(chunk.text);
  const events =
    pieces.lines.length === 0
      ? Promise.resolve([])
      : cleaner.cleanLines(pieces.lines).then((cleaned) => cleaned.filter((event): event is CleanedEvent => event !== null));
  // Awaited when the chunk is written; a failure before that must not leave it unhandled.
  events.catch(() => undefined);
  const { seq, startTs, endTs, count } = chunk.props;
  const row: ReplayChunkRow = {
    sessionId, seq, eventId: chunk.eventId, startTs, endTs, count, receivedAt,
    events: '', newline: pieces.newline, head: pieces.head, tail: pieces.tail,
  };
  return { seq, newline: pieces.newline, head: pieces.head, tail: pieces.tail, row, events, isNew: true, changed: false };
}

/** A stored chunk's events are read only when a joined line or a snapshot needs them. */
function eventsOf(chunk: Working, cleaner: RecordingCleaner): Promise<CleanedEvent[]> {
  chunk.events ??= chunk.row.events ? cleaner.readEvents(chunk.row.events) : Promise.resolve([]);
  return chunk.events;
}
