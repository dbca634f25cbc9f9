import type { SightlineEvent } from '@sightline/core';
import type { SqlReader } from '../store/event-store';
import type { LiveHub } from './live-hub';
import { quoteNumber } from '../query/sql-literal';

export interface StoreTailOptions {
  reader: SqlReader;
  hub: LiveHub;
  /** ms between reads; each read covers every project that has a subscriber on this node. */
  pollMs: number;
  /**
   * How far behind the newest `received_at` seen each read looks again: covers inserts that
   * commit out of order and clocks of other nodes that run a little behind. Default 3,000 ms.
   */
  lookbackMs?: number;
  onError(error: unknown): void;
}

export interface StoreTail {
  /** Stops polling and waits for a read in progress. */
  stop(): Promise<void>;
}

// One read never returns more than this per project; the next read goes on from the last row.
const MAX_ROWS = 20_000;
// Events whose own time is older than this are replays of offline queues, not live traffic; the
// bound lets the engine skip older day partitions.
const MAX_EVENT_AGE_MS = 24 * 3_600_000;

/**
 * The live stream across nodes: several server nodes share one ClickHouse, so an event stored by
 * one node must reach a subscriber connected to another. Each node reads what was stored lately
 * for the projects it has subscribers for and publishes it through its hub, whose recent-id
 * memory drops what this node already published itself.
 */
export function startStoreTail(options: StoreTailOptions): StoreTail {
  const { reader, hub, pollMs } = options;
  const lookbackMs = options.lookbackMs ?? 3_000;
  const d = reader.dialect;
  // The tail dedupes by id itself; it must not pay ClickHouse's merge-on-read (FINAL) every poll.
  const table = d.events.replace(/\s+FINAL$/i, '');
  const cursors = new Map<string, number>();
  let stopped = false;
  let running: Promise<void> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function readProject(projectId: string, now: number): Promise<void> {
    // A project's first read starts a little before now: the stream promises what arrives, not history.
    const from = cursors.get(projectId) ?? now - lookbackMs;
    const rows = await reader.rows(
      `SELECT event, received_at FROM ${table}
       WHERE project_id = ${d.str(projectId)} AND received_at >= ${quoteNumber(from)}
         AND ts >= ${quoteNumber(from - MAX_EVENT_AGE_MS)}
       ORDER BY received_at, id LIMIT ${MAX_ROWS}`,
    );
    let newest = from;
    const events: SightlineEvent[] = [];
    for (const row of rows) {
      newest = Math.max(newest, Number(row.received_at));
      events.push(JSON.parse(String(row.event)) as SightlineEvent);
    }
    // A full read goes on from its last row; otherwise the next read looks back again for late commits.
    cursors.set(projectId, rows.length === MAX_ROWS ? newest : Math.max(from, newest - lookbackMs));
    if (events.length > 0) hub.publish(projectId, events, { accepted: events.length, duplicates: 0 });
  }

  async function poll(): Promise<void> {
    const projects = hub.projects();
    for (const projectId of cursors.keys()) if (!projects.includes(projectId)) cursors.delete(projectId);
    const now = Date.now();
    for (const projectId of projects) {
      if (stopped) return;
      await readProject(projectId, now).catch(options.onError);
    }
  }

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = poll().finally(schedule);
    }, pollMs);
    timer.unref?.();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
