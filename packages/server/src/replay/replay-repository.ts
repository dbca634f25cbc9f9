import type { DeviceClass } from '../query/segment';

/** One stored chunk of a session's recording. */
export interface ReplayChunkRow {
  sessionId: string;
  seq: number;
  /** The id of the `replay_chunk` event that brought it. */
  eventId: string;
  startTs: number;
  endTs: number;
  count: number;
  receivedAt: number;
  /**
   * Sanitized, scrubbed rrweb events of the lines that end in this chunk, as a JSON array in
   * timestamp order (stable): served as it is stored.
   */
  events: string;
  /** Whether the chunk held a line break; one without is the middle of a longer line. */
  newline: boolean;
  /** Text before the first line break, kept until the line it ends can be joined; then null. */
  head: string | null;
  /** Text after the last line break, kept until the line it starts can be joined; then null. */
  tail: string | null;
}

/** A full snapshot of a page, for drawing heatmaps over the page as it was seen. */
export interface ReplaySnapshotRow {
  sessionId: string;
  /** The chunk holding the full snapshot event. */
  seq: number;
  /** The full snapshot's timestamp. */
  ts: number;
  /** The Meta event's page URL (scrubbed), and its path. */
  url: string;
  path: string;
  width: number;
  height: number;
}

export interface SnapshotQuery {
  /** Query API semantics: starting with `/` matches the path, else the URL; `*` is a wildcard. */
  url: string;
  device: DeviceClass;
}

/**
 * Session recordings, apart from the events table. Both stores pass test/replay/replay-store:
 * a chunk is stored once per (project, session, seq); `put` with `replace` rewrites stored
 * chunks (once their pieces are joined), without it a chunk already stored is left alone.
 */
export interface ReplayRepository {
  /** Chunks of a session with one of `seqs`, and with `open` every chunk still holding a piece of a line. */
  find(projectId: string, sessionId: string, query: { seqs: readonly number[]; open?: boolean }): Promise<ReplayChunkRow[]>;
  /** A session's chunks from `fromSeq` in seq order, at most `limit`. */
  list(projectId: string, sessionId: string, fromSeq: number, limit: number): Promise<ReplayChunkRow[]>;
  put(projectId: string, rows: readonly ReplayChunkRow[], options?: { replace?: boolean }): Promise<void>;
  putSnapshots(projectId: string, rows: readonly ReplaySnapshotRow[]): Promise<void>;
  /** The most recent full snapshot of a page at a viewport class. */
  latestSnapshot(projectId: string, query: SnapshotQuery): Promise<ReplaySnapshotRow | undefined>;
}

/** A `replay_snapshots` row as either store reads it back. */
export const snapshotFromRow = (row: Record<string, unknown>): ReplaySnapshotRow => ({
  sessionId: String(row.session_id),
  seq: Number(row.seq),
  ts: Number(row.ts),
  url: String(row.url),
  path: String(row.path),
  width: Number(row.width),
  height: Number(row.height),
});
