import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SightlineEvent } from '@sightline/core';
import { ERROR_CODES, ServerError } from '../../errors';
import type { InsertResult, StoreBacklog } from '../event-store';
import type { BatchToInsert } from '../group-writer';
import { KnownIds } from './known-ids';
import { LogFiles } from './log-files';

/** Stores several batches in one transaction, all or nothing (DuckDB: `insertBatches`). */
export type LoadGroup = (batches: readonly BatchToInsert[]) => Promise<unknown>;

export interface LoggedWriterOptions {
  /** The folder of the log files. */
  dir: string;
  load: LoadGroup;
  /** Throws for a batch the store would refuse, so it is refused before it is acknowledged. */
  check?: (batch: BatchToInsert) => void;
  /** Ids stored last, newest first, to recognise copies from before a restart. */
  recentIds?: () => Promise<Array<{ projectId: string; id: string }>>;
  /** Accepted events not yet loaded past which ingest answers 503 (retry later). */
  maxBacklogEvents?: number;
}

export interface LoggedWriter {
  /** Resolves once the batch's new events are durable in the log; loads them later. */
  insert(batch: BatchToInsert): Promise<InsertResult>;
  /** Resolves once everything accepted before the call is loaded. */
  loaded(): Promise<void>;
  /** The last load error while loading keeps failing, else undefined. */
  failing(): unknown;
  backlog(): StoreBacklog;
  /** Refuses new batches, loads the rest, closes the files. */
  close(): Promise<void>;
}

interface Pending {
  batch: BatchToInsert;
  segment: number;
  /** Position in acceptance order, for `loaded()`. */
  seq: number;
}

/** The record as one log line: short keys, the events as accepted (scrubbed). */
interface LogLine {
  p: string;
  r: number;
  c: string;
  e: SightlineEvent[];
}

const MAX_EVENTS_PER_LOAD = 20_000;
const MAX_BACKLOG_EVENTS = 50_000;
const KNOWN_IDS = 200_000;
const RETRY_MS = [100, 250, 500, 1000, 2000, 5000];
// Batches the store refuses on their own while it takes others: kept here, never retried forever.
const REFUSED_FILE = 'refused.ndjson';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Write-ahead ingest. A batch is acknowledged once its new events are in the log on disk
 * (`fdatasync`), and loaded into the store in large groups behind it, so a store commit that
 * stalls (a DuckDB checkpoint holds every commit for about a second per 100,000 events) delays
 * loading, not acknowledgements. Nothing acknowledged is lost: after a crash the log is loaded
 * again on open, and the store's key drops what was loaded already.
 */
export async function createLoggedWriter(options: LoggedWriterOptions): Promise<LoggedWriter> {
  const { files, recovered } = await LogFiles.open(options.dir);
  const known = new KnownIds(KNOWN_IDS);
  const maxBacklog = options.maxBacklogEvents ?? MAX_BACKLOG_EVENTS;
  for (const { projectId, id } of ((await options.recentIds?.()) ?? []).reverse()) known.add(projectId, id);

  const queue: Pending[] = [];
  let backlogEvents = 0;
  let accepted = 0;
  let loadedThrough = 0;
  const waiters: Array<{ seq: number; resolve(): void; reject(error: unknown): void }> = [];
  let loading: Promise<void> | undefined;
  let lastError: unknown;
  let refusedBatches = 0;
  let closing = false;

  for (const { segment, line } of recovered) {
    let record: LogLine;
    try {
      record = JSON.parse(line) as LogLine;
    } catch {
      // A torn write from a crash: never acknowledged.
      await files.release(segment, 1);
      continue;
    }
    for (const event of record.e) known.add(record.p, event.id);
    enqueue({ projectId: record.p, receivedAt: record.r, country: record.c, events: record.e }, segment);
  }
  kick();

  function enqueue(batch: BatchToInsert, segment: number): void {
    queue.push({ batch, segment, seq: ++accepted });
    backlogEvents += batch.events.length;
  }

  function kick(): void {
    if (queue.length > 0) loading ??= loadAll().finally(() => (loading = undefined));
  }

  function take(): Pending[] {
    let events = 0;
    let count = 0;
    for (const pending of queue) {
      if (count > 0 && events + pending.batch.events.length > MAX_EVENTS_PER_LOAD) break;
      events += pending.batch.events.length;
      count++;
    }
    return queue.slice(0, count);
  }

  async function done(group: Pending[]): Promise<void> {
    for (const pending of group) {
      const at = queue.indexOf(pending);
      if (at >= 0) queue.splice(at, 1);
      backlogEvents -= pending.batch.events.length;
      await files.release(pending.segment, 1);
    }
    loadedThrough = queue.length === 0 ? accepted : (queue[0] as Pending).seq - 1;
    for (let i = waiters.length - 1; i >= 0; i--) {
      const waiter = waiters[i] as (typeof waiters)[number];
      if (waiter.seq <= loadedThrough) {
        waiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  /**
   * One group; when it fails, its batches one by one. A batch the store refuses while it takes
   * others is set aside in `refused.ndjson` (one bad batch must not halt all loading); when every
   * batch fails the store itself is failing, and the group waits to be retried.
   */
  async function loadGroup(group: Pending[]): Promise<void> {
    try {
      await options.load(group.map((p) => p.batch));
      await done(group);
      return;
    } catch (error) {
      if (group.length === 1) throw error;
      const refused: Pending[] = [];
      for (const pending of group) {
        try {
          await options.load([pending.batch]);
          await done([pending]);
        } catch {
          refused.push(pending);
        }
      }
      if (refused.length === 0) return;
      if (refused.length === group.length) throw error;
      const lines = refused.map(({ batch }) => `${JSON.stringify(toLine(batch))}\n`).join('');
      await appendFile(join(options.dir, REFUSED_FILE), lines);
      refusedBatches += refused.length;
      await done(refused);
    }
  }

  async function loadAll(): Promise<void> {
    let attempt = 0;
    while (queue.length > 0) {
      try {
        await loadGroup(take());
        attempt = 0;
        lastError = undefined;
      } catch (error) {
        lastError = error;
        // Readers waiting for these events get the store's error rather than a hang.
        for (const waiter of waiters.splice(0)) waiter.reject(error);
        // At close, what could not be loaded stays in the log and is loaded on the next open.
        if (closing) return;
        await sleep(RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)] as number);
      }
    }
  }

  const toLine = (batch: BatchToInsert): LogLine => ({ p: batch.projectId, r: batch.receivedAt, c: batch.country ?? '', e: [...batch.events] });
  // The same text as JSON.stringify(toLine(batch)), from the events' own texts.
  const lineOf = (batch: BatchToInsert & { texts: readonly string[] }): string =>
    `{"p":${JSON.stringify(batch.projectId)},"r":${batch.receivedAt},"c":${JSON.stringify(batch.country ?? '')},"e":[${batch.texts.join(',')}]}`;

  return {
    async insert(batch) {
      if (closing) throw new ServerError(ERROR_CODES.storeClosed, 'the event store is closed');
      // Answered as a store failure: 503 with Retry-After, so clients keep the batch and back off.
      if (backlogEvents >= maxBacklog) throw new Error(`${backlogEvents} accepted events are not stored yet`);
      options.check?.(batch);
      const fresh = batch.events.filter((event) => {
        if (known.has(batch.projectId, event.id)) return false;
        known.add(batch.projectId, event.id);
        return true;
      });
      const result = { accepted: fresh.length, duplicates: batch.events.length - fresh.length };
      if (fresh.length === 0) return result;
      // Each event's JSON is made once: for the log line here, for the stored `event` column later.
      const texts = fresh.map((event) => JSON.stringify(event));
      const line = { projectId: batch.projectId, receivedAt: batch.receivedAt, country: batch.country ?? '', events: fresh, texts };
      let segment: number;
      try {
        segment = await files.append(lineOf(line));
      } catch (error) {
        // Not acknowledged: the client will send these again, and they must count as new.
        for (const event of fresh) known.delete(batch.projectId, event.id);
        throw error;
      }
      enqueue(line, segment);
      kick();
      return result;
    },
    loaded() {
      const seq = accepted;
      if (seq <= loadedThrough) return Promise.resolve();
      return new Promise((resolve, reject) => waiters.push({ seq, resolve, reject }));
    },
    failing: () => lastError,
    backlog: () => ({ events: backlogEvents, refusedBatches }),
    async close() {
      closing = true;
      kick();
      await loading;
      await files.close();
    },
  };
}
