import type { DuckDb } from './database';
import { StoredSegments } from './session-segments';

// How long backlog rows wait for a fold when nothing reads: long enough that one fold serves
// many ingest commits, short enough that the backlog stays small.
const FOLD_DELAY_MS = 250;

/**
 * Keeps the session segment tables up to date off the ingest path. An ingest commit that may
 * change a segment writes backlog rows (cheap appends, in its own transaction, so they are as
 * durable as its events); folding them into the segment tables (two upserts, the costly part)
 * happens on the upkeep connection, once for many commits. Reads call `settle()` first, so a
 * query never sees a segment older than the events it can see.
 */
export interface SegmentKeeper {
  readonly stored: StoredSegments;
  /** An ingest transaction that wrote backlog rows has committed. */
  committed(): void;
  /** Resolves once every backlog row committed so far is folded. */
  settle(): Promise<void>;
  /** Folds what is left; no timer stays behind. */
  close(): Promise<void>;
}

export async function createSegmentKeeper(db: DuckDb): Promise<SegmentKeeper> {
  const stored = new StoredSegments();
  // Counters of ingest commits with backlog rows, and of those known to be folded.
  let committed = 0;
  let folded = 0;
  let folding: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  // Rows left by a process that stopped before folding them are folded first.
  const left = await db.upkeep(async (c) => (await c.runAndReadAll('SELECT count(*) AS n FROM segment_backlog')).getRowsJS());
  if (Number(left[0]?.[0] ?? 0) > 0) committed = 1;

  async function foldOnce(): Promise<void> {
    // Every commit counted here has finished, so the fold's snapshot holds its rows.
    const target = committed;
    await db.upkeep((c) => stored.fold(c));
    folded = Math.max(folded, target);
  }

  async function settle(): Promise<void> {
    while (folded < committed) {
      folding ??= foldOnce().finally(() => {
        folding = undefined;
      });
      await folding;
    }
  }

  return {
    stored,
    committed() {
      committed++;
      timer ??= setTimeout(() => {
        timer = undefined;
        // A failed fold leaves its rows in the backlog; the next read or commit tries again.
        settle().catch(() => undefined);
      }, FOLD_DELAY_MS);
      timer.unref();
    },
    settle,
    async close() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await settle();
    },
  };
}
