import type { SightlineEvent } from '@sightline/core';
import type { InsertResult } from './event-store';

export interface BatchToInsert {
  projectId: string;
  events: readonly SightlineEvent[];
  receivedAt: number;
  /** The sender's country, or ''. */
  country?: string;
  /** `JSON.stringify` of each event, when already made (the ingest log writes them). */
  texts?: readonly string[];
}

/** Stores several batches in one go, each all or nothing, and answers per batch in order. */
export type CommitGroup = (batches: readonly BatchToInsert[]) => Promise<InsertResult[]>;

interface Waiting extends BatchToInsert {
  resolve(result: InsertResult): void;
  reject(error: unknown): void;
}

// Bounds one transaction; whatever is left goes in the next one.
const MAX_EVENTS_PER_COMMIT = 20_000;

export interface GroupWriter {
  insert(batch: BatchToInsert): Promise<InsertResult>;
  /** Resolves once every batch handed to `insert` so far has been committed or refused. */
  idle(): Promise<void>;
}

/**
 * Group commit. A commit (a DuckDB transaction, a ClickHouse insert) costs milliseconds whatever its size, so the batches that
 * arrive while one transaction runs are stored together in the next. Each batch still stands
 * or falls whole: when a group fails, its batches are retried one by one, so one bad batch
 * cannot fail the others.
 */
export function createGroupWriter(commitGroup: CommitGroup, maxEventsPerCommit = MAX_EVENTS_PER_COMMIT): GroupWriter {
  const waiting: Waiting[] = [];
  let draining: Promise<void> | undefined;

  function takeGroup(): Waiting[] {
    let count = 0;
    let events = 0;
    for (const batch of waiting) {
      if (count > 0 && events + batch.events.length > maxEventsPerCommit) break;
      events += batch.events.length;
      count++;
    }
    return waiting.splice(0, count);
  }

  async function commit(group: Waiting[]): Promise<void> {
    try {
      const results = await commitGroup(group);
      group.forEach((batch, i) => batch.resolve(results[i] as InsertResult));
    } catch (error) {
      if (group.length === 1) group[0]?.reject(error);
      else for (const batch of group) await commit([batch]);
    }
  }

  async function drain(): Promise<void> {
    try {
      while (waiting.length > 0) await commit(takeGroup());
    } finally {
      draining = undefined;
    }
  }

  return {
    insert(batch) {
      return new Promise((resolve, reject) => {
        waiting.push({ ...batch, resolve, reject });
        draining ??= drain();
      });
    },
    idle: async () => {
      while (draining) await draining;
    },
  };
}
