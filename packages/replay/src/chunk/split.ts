/** A run of NDJSON text (one rrweb event per line) waiting to become one chunk. */
export interface Piece {
  text: string;
  startTs: number;
  endTs: number;
}

/** Events that end in this piece: an event larger than a chunk spans several pieces. */
export function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Splits a piece in two, at the last line break before the middle when there is one, or else
 * in the middle of a line (never inside a surrogate pair). Readers concatenate chunks in
 * sequence order, so a line may be cut anywhere.
 */
export function splitPiece(piece: Piece): [Piece, Piece] {
  const middle = Math.floor(piece.text.length / 2);
  const lineEnd = piece.text.lastIndexOf('\n', middle);
  let at = lineEnd > 0 ? lineEnd + 1 : middle;
  const code = piece.text.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at++;
  return [
    { text: piece.text.slice(0, at), startTs: piece.startTs, endTs: piece.endTs },
    { text: piece.text.slice(at), startTs: piece.startTs, endTs: piece.endTs },
  ];
}

/** Cuts a piece into parts that each pass `fits`. */
export function cutToFit(piece: Piece, fits: (text: string) => boolean): Piece[] {
  if (piece.text.length <= 1 || fits(piece.text)) return [piece];
  const [a, b] = splitPiece(piece);
  return [...cutToFit(a, fits), ...cutToFit(b, fits)];
}

/** Cuts a piece into parts of at most `size` characters (never inside a surrogate pair). */
export function cutBySize(piece: Piece, size: number): Piece[] {
  if (piece.text.length <= size) return [piece];
  const parts: Piece[] = [];
  let from = 0;
  while (from < piece.text.length) {
    let to = Math.min(piece.text.length, from + size);
    const code = piece.text.charCodeAt(to - 1);
    if (to < piece.text.length && code >= 0xd800 && code <= 0xdbff) to++;
    parts.push({ text: piece.text.slice(from, to), startTs: piece.startTs, endTs: piece.endTs });
    from = to;
  }
  return parts;
}
