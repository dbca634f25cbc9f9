import type { SightlineEvent } from '@sightline/core';
import type { KeyRepository } from '../keys/key-types';
import type { DefinitionRepository } from '../query/definitions';
import type { Dialect } from '../query/dialect';
import type { ReplayRepository } from '../replay/replay-repository';

export interface InsertResult {
  /** Events newly stored. */
  accepted: number;
  /** Events already stored, or repeated inside the batch; each counted once per extra copy. */
  duplicates: number;
}

/** Accepted events the store has not stored yet (DuckDB's ingest log), for `/metrics`. */
export interface StoreBacklog {
  /** Events acknowledged and not yet loaded. */
  events: number;
  /** Batches set aside since start because the store refused them on their own. */
  refusedBatches: number;
}

/** What the server knows of a batch besides its events. */
export interface BatchContext {
  /** ISO country of the sender from the server's geo lookup, or '' (docs/server.md, segments). */
  country?: string;
}

export interface EventQuery {
  type?: string;
  sessionId?: string;
  /** Page size; the store does not cap it, the API does. */
  limit: number;
  /** Id of the last event of the previous page; the page starts after it in (ts, id) order. */
  after?: string;
}

export type SqlRow = Record<string, unknown>;

/**
 * Read-only SQL for the query API. Queries are built once (src/query) against the dialect;
 * rows come back as plain values: integers as numbers or numeric strings, never BigInt.
 */
export interface SqlReader {
  readonly dialect: Dialect;
  rows(sql: string): Promise<SqlRow[]>;
  /** Rows one at a time, for exports larger than memory. */
  stream(sql: string): AsyncIterable<SqlRow>;
  /** Writes the rows of `sql` to a Parquet file inside the engine, when it can; `progress` gets 0..1. */
  copyToParquet?(sql: string, path: string, progress?: (fraction: number) => void): Promise<void>;
}

/**
 * Where accepted events live. Both adapters (DuckDB, ClickHouse) pass the same tests
 * (test/store): idempotent on (projectId, id), reads never see a copy twice, and the query
 * API answers the same on both.
 */
export interface EventStore {
  /** Resolves only once the batch is durably committed. */
  insertBatch(projectId: string, events: readonly SightlineEvent[], receivedAt: number, context?: BatchContext): Promise<InsertResult>;
  /** Events in (ts, id) order, each exactly as accepted. Throws SL_ERR_VALIDATION for an unknown `after`. */
  listEvents(projectId: string, query: EventQuery): Promise<SightlineEvent[]>;
  countEvents(projectId: string): Promise<number>;
  /** The SQL behind the query API and export. */
  readonly reader: SqlReader;
  /** Read and write keys, kept beside the events so every server node sees the same ones. */
  readonly keys: KeyRepository;
  /** Named event definitions, applied to stored history at query time. */
  readonly definitions: DefinitionRepository;
  /** Session recordings (`replay_chunk`), stored apart from events, and their full snapshots. */
  readonly replays: ReplayRepository;
  /** What is acknowledged but not stored yet, for stores that acknowledge before storing. */
  backlog?(): StoreBacklog;
  /** Rejects when the store cannot be reached (used by /health). */
  ping(): Promise<void>;
  /** Waits for queued writes, then releases the store. Safe to call twice. */
  close(): Promise<void>;
}
