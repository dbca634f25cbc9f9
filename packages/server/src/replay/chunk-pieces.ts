/**
 * A chunk's text cut at its line breaks. The SDK sends NDJSON across chunks and may cut a line
 * anywhere (a large full snapshot spans several chunks), so the first and last pieces may
 * belong to lines that start or end in another chunk.
 */
export interface ChunkPieces {
  /** Text before the first line break; the whole text when there is none (the middle of a line). */
  head: string;
  /** Whole lines between the first and last line breaks. */
  lines: string[];
  /** Text after the last line break, the start of a line that ends later; null without a break. */
  tail: string | null;
  newline: boolean;
}

export function splitChunk(text: string): ChunkPieces {
  const first = text.indexOf('\n');
  if (first === -1) return { head: text, lines: [], tail: null, newline: false };
  const last = text.lastIndexOf('\n');
  const lines = first < last ? text.slice(first + 1, last).split('\n') : [];
  return { head: text.slice(0, first), lines, tail: text.slice(last + 1), newline: true };
}

/** What joining needs of a stored or incoming chunk: its pieces still waiting for their line. */
export interface OpenPieces {
  seq: number;
  newline: boolean;
  /** Null once the line it ends has been joined. */
  head: string | null;
  /** Null once the line it starts has been joined. */
  tail: string | null;
}

export interface JoinedLine {
  /** The chunk the line ends in: its events hold the line's event, first. */
  seq: number;
  text: string;
  /** The chunk the line starts in, -1 for the start of the recording. */
  from: number;
}

/**
 * Joins every line whose pieces are all present: a tail (or the start of seq 0), the middles,
 * and the head that ends it. Marks the pieces used (sets them to null) on the given objects, so
 * the caller sees which chunks changed. A gap in `seq` leaves its lines unjoined.
 */
export function joinLines(chunks: ReadonlyMap<number, OpenPieces>): JoinedLine[] {
  const joined: JoinedLine[] = [];
  for (const end of [...chunks.values()].sort((a, b) => a.seq - b.seq)) {
    if (!end.newline || end.head === null) continue;
    const middles: OpenPieces[] = [];
    let at = end.seq - 1;
    for (let chunk = chunks.get(at); chunk && !chunk.newline && chunk.head !== null; chunk = chunks.get(--at)) middles.unshift(chunk);
    const start = chunks.get(at);
    if (at !== -1 && !(start && start.newline && start.tail !== null)) continue;
    const text = (start?.tail ?? '') + middles.map((middle) => middle.head).join('') + end.head;
    joined.push({ seq: end.seq, text, from: at });
    if (start) start.tail = null;
    for (const middle of middles) middle.head = null;
    end.head = null;
  }
  return joined;
}

/** The seq a line ending at `seq` would start from if its middles are all here; for fetching it. */
export function chainStart(chunks: ReadonlyMap<number, OpenPieces>, seq: number): number {
  let at = seq - 1;
  for (let chunk = chunks.get(at); chunk && !chunk.newline && chunk.head !== null; chunk = chunks.get(--at));
  return at;
}
