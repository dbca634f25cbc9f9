import { chainStart, joinLines, type OpenPieces, splitChunk } from './chunk-pieces';
import type { LineCleaner } from './clean-line';
import type { IncomingChunk } from './divert-chunks';
import type { ReplayChunkRow, ReplayRepository, ReplaySnapshotRow } from './replay-repository';
import type { RecordedEvent } from './rrweb-format';
import { findSnapshots } from './snapshot-index';

/** A chunk while it is being stored: its row, its events as objects, whether it must be written. */
interface Working extends OpenPieces {
  row: ReplayChunkRow;
  events?: RecordedEvent[];
  isNew: boolean;
  changed: boolean;
  headJoinedFrom?: number;
}

/**
 * Stores a batch's chunks: each once per (session, seq), its whole lines cleaned now, and every
 * line that spans chunks joined, cleaned and stored as soon as all its pieces are in the store.
 * The raw pieces are kept only until then (the chunk is rewritten without them).
 */
export async function storeChunks(
  repository: ReplayRepository,
  clean: LineCleaner,
  projectId: string,
  incoming: readonly IncomingChunk[],
  receivedAt: number,
): Promise<void> {
  const bySession = new Map<string, IncomingChunk[]>();
  for (const chunk of incoming) bySession.set(chunk.sessionId, [...(bySession.get(chunk.sessionId) ?? []), chunk]);
  for (const [sessionId, chunks] of bySession) await storeSession(repository, clean, projectId, sessionId, chunks, receivedAt);
}

async function storeSession(
  repository: ReplayRepository,
  clean: LineCleaner,
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
    // Stored already (a retry), or twice in this batch: the first copy stands.
    if (!working.has(chunk.props.seq)) working.set(chunk.props.seq, fromChunk(chunk, sessionId, receivedAt, clean));
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
  for (const line of joinLines(working)) {
    const end = working.get(line.seq) as Working;
    const event = clean(line.text);
    end.changed = true;
    // Only a line that made an event links this chunk to the one before: a join that failed (a
    // chunk of the line was lost) must not pair this chunk's first snapshot with an older Meta.
    if (event) {
      end.headJoinedFrom = line.from;
      eventsOf(end).unshift(event);
    }
  }
  const snapshots: ReplaySnapshotRow[] = [];
  const fresh: ReplayChunkRow[] = [];
  const rewritten: ReplayChunkRow[] = [];
  for (const chunk of [...working.values()].sort((a, b) => a.seq - b.seq)) {
    const was = before.get(chunk.seq);
    // Dropping an empty tail changes nothing worth a write; dropping raw text does.
    if ((was?.tail ?? '') !== '' && chunk.tail === null) chunk.changed = true;
    if (was?.head !== null && was?.head !== undefined && chunk.head === null) chunk.changed = true;
    if (!chunk.isNew && !chunk.changed) continue;
    const events = eventsOf(chunk);
    const previous = chunk.headJoinedFrom !== undefined && chunk.headJoinedFrom >= 0 ? working.get(chunk.headJoinedFrom) : undefined;
    snapshots.push(...findSnapshots(sessionId, chunk.seq, events, previous && eventsOf(previous).at(-1)));
    const row: ReplayChunkRow = { ...chunk.row, events: JSON.stringify(events), head: chunk.head, tail: chunk.tail };
    (chunk.isNew ? fresh : rewritten).push(row);
  }
  if (fresh.length > 0) await repository.put(projectId, fresh);
  if (rewritten.length > 0) await repository.put(projectId, rewritten, { replace: true });
  if (snapshots.length > 0) await repository.putSnapshots(projectId, snapshots);
}

function fromRow(row: ReplayChunkRow): Working {
  return { seq: row.seq, newline: row.newline, head: row.head, tail: row.tail, row, isNew: false, changed: false };
}

function fromChunk(chunk: IncomingChunk, sessionId: string, receivedAt: number, clean: LineCleaner): Working {
  const pieces = splitChunk(chunk.text);
  const events = pieces.lines.map(clean).filter((event): event is RecordedEvent => event !== null);
  const { seq, startTs, endTs, count } = chunk.props;
  const row: ReplayChunkRow = {
    sessionId, seq, eventId: chunk.eventId, startTs, endTs, count, receivedAt,
    events: '', newline: pieces.newline, head: pieces.head, tail: pieces.tail,
  };
  return { seq, newline: pieces.newline, head: pieces.head, tail: pieces.tail, row, events, isNew: true, changed: false };
}

/** A stored chunk's events are parsed only when a joined line or a snapshot needs them. */
function eventsOf(chunk: Working): RecordedEvent[] {
  chunk.events ??= chunk.row.events ? (JSON.parse(chunk.row.events) as RecordedEvent[]) : [];
  return chunk.events;
}
