import { compressHere, type Compress } from './compress';
import { canGzip, utf8Length, type ChunkEncoding } from './encode';
import { countLines, cutBySize, cutToFit, splitPiece, type Piece } from './split';

export interface EncodedChunk {
  data: string;
  encoding: ChunkEncoding;
  startTs: number;
  endTs: number;
  count: number;
}

export interface ChunkQueueOptions {
  maxBytes: number;
  emit(chunk: EncodedChunk): void;
  /** Runs `fn` and counts its time against the main-thread budget. */
  measure<T>(fn: () => T): T;
  onError(error: unknown): void;
  /** Use gzip where the browser has CompressionStream. Default true. */
  gzip?: boolean;
  /** Gzip and base64 encoding; default in this thread (a worker is passed in by the recorder). */
  compress?: Compress;
  /** Called at stop, to end a worker. */
  onStop?(): void;
}

export interface ChunkQueue {
  add(piece: Piece): void;
  /** Raw characters to gather before compressing, from the compression ratio seen so far. */
  targetChars(): number;
  /** Emits everything waiting now, as plain JSON (page hide: no time to compress). */
  flushSync(): void;
  stop(): void;
}

/**
 * Pieces wait here in order. One at a time is compressed; a result over the cap is split and
 * retried, and chunks leave strictly in order. `flushSync` takes over whatever is still waiting,
 * and a compression that finishes afterwards is thrown away, so nothing is sent twice.
 */
export function createChunkQueue(options: ChunkQueueOptions): ChunkQueue {
  const waiting: Piece[] = [];
  let gzip = options.gzip !== false && canGzip();
  const compress = options.compress ?? compressHere;
  let ratio = 4;
  let running = false;
  let stopped = false;

  const targetChars = () => (gzip ? Math.floor(options.maxBytes * 0.75 * ratio * 0.8) : options.maxBytes);

  const emit = (piece: Piece, data: string, encoding: ChunkEncoding) =>
    options.emit({ data, encoding, startTs: piece.startTs, endTs: piece.endTs, count: countLines(piece.text) });

  const emitJson = (piece: Piece) => {
    for (const part of cutToFit(piece, (text) => utf8Length(text) <= options.maxBytes)) emit(part, part.text, 'json');
  };

  async function drain() {
    if (running) return;
    running = true;
    try {
      while (!stopped && waiting.length > 0) {
        const piece = waiting[0] as Piece;
        if (!gzip) {
          waiting.shift();
          options.measure(() => emitJson(piece));
          continue;
        }
        let data: string;
        try {
          data = await compress(piece.text, options.measure);
        } catch (error) {
          gzip = false;
          options.onError(error);
          continue;
        }
        if (stopped || waiting[0] !== piece) continue;
        if (data.length > options.maxBytes && piece.text.length > 1) {
          waiting.splice(0, 1, ...splitPiece(piece));
          continue;
        }
        waiting.shift();
        // base64 carries 3 bytes in 4 characters.
        ratio = 0.7 * ratio + 0.3 * Math.min(20, Math.max(1, piece.text.length / Math.max(1, (data.length * 3) / 4)));
        options.measure(() => emit(piece, data, 'gzip'));
      }
    } finally {
      running = false;
    }
  }

  return {
    add(piece) {
      if (stopped || piece.text.length === 0) return;
      // A big event (a full snapshot) is cut before compressing, from the ratio seen so far, so it
      // is not compressed again and again while being halved to fit.
      waiting.push(...cutBySize(piece, Math.max(1_000, Math.floor(targetChars() * 1.1))));
      void drain().catch(options.onError);
    },
    targetChars,
    flushSync() {
      const all = waiting.splice(0);
      for (const piece of all) emitJson(piece);
    },
    stop() {
      stopped = true;
      waiting.length = 0;
      options.onStop?.();
    },
  };
}
