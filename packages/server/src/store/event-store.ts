import type { SightlineEvent } from '@sightline/core';

export interface InsertResult {
  /** Events newly stored. */
  accepted: number;
  /** Events already stored, or repeated inside the batch; each counted once per extra copy. */
  duplicates: number;
}

export interface EventQuery {
  type?: string;
  sessionId?: string;
  /** Page size; the store does not cap it, the API does. */
  limit: number;
  /** Id of the last event of the previous page; the page starts after it in (ts, id) order. */
  after?: string;
}

/**
 * Where accepted events live. Every adapter (DuckDB now, ClickHouse later) must pass the same
 * tests: idempotent on (projectId, id), and a batch is visible entirely or not at all.
 */
export interface EventStore {
  /** Resolves only once the batch is durably committed. */
  insertBatch(projectId: string, events: readonly SightlineEvent[], receivedAt: number): Promise<InsertResult>;
  /** Events in (ts, id) order, each exactly as accepted. Throws SL_ERR_VALIDATION for an unknown `after`. */
  listEvents(projectId: string, query: EventQuery): Promise<SightlineEvent[]>;
  countEvents(projectId: string): Promise<number>;
  /** Rejects when the store cannot be reached (used by /health). */
  ping(): Promise<void>;
  /** Waits for queued writes, then releases the store. Safe to call twice. */
  close(): Promise<void>;
}
