import { ERROR_CODES, ServerError } from '../../errors';
import type { KeyRepository } from '../../keys/key-types';
import type { EventStore, InsertResult, StoreBacklog } from '../event-store';
import { openDuckDb } from './database';
import { selectCount, selectEvents } from './event-queries';
import { type BatchToInsert, createGroupWriter, type GroupWriter } from '../group-writer';
import { createLoggedWriter } from '../ingest-log/logged-writer';
import { unstorableColumn } from './event-columns';
import { createStaging, insertBatches } from './insert-batch';
import { createDuckDbDefinitionRepository } from './definition-repository';
import { createDuckDbKeyRepository } from './key-repository';
import { createDuckDbReplayRepository } from './replay-repository';
import { createSegmentKeeper, type SegmentKeeper } from './segment-keeper';
import { createDuckDbReader } from './sql-reader';

export interface DuckDbStoreOptions {
  /** The database file; it and its folder are created when missing. */
  path: string;
  /**
   * Acknowledge batches once they are in a write-ahead log beside the file (`<path>.ingest/`),
   * and load them into DuckDB behind it (src/store/ingest-log). Default true; false commits
   * each group to DuckDB before acknowledging it.
   */
  ingestLog?: boolean;
}

/** The embedded store: events and keys in one DuckDB file. */
export interface DuckDbStore extends EventStore {
  /** Absolute path of the database file. */
  readonly path: string;
  readonly keys: KeyRepository;
}

// Seeds the log's memory of ids, so a batch re-sent across a restart still counts as a copy.
const RECENT_IDS = `SELECT project_id AS "projectId", id FROM events ORDER BY received_at DESC LIMIT 200000`;

/** What the store needs of either writer: the logged one, or group commit straight to DuckDB. */
interface Writer {
  insert(batch: BatchToInsert): Promise<InsertResult>;
  loaded(): Promise<void>;
  failing(): unknown;
  backlog?(): StoreBacklog;
  close(): Promise<void>;
}

function refuseUnstorable({ projectId, events, receivedAt }: BatchToInsert): void {
  for (const event of events) {
    const column = unstorableColumn(event, receivedAt, projectId);
    if (column) throw new ServerError(ERROR_CODES.validation, `event ${String(event.id)} has a value that cannot be stored in ${column}`);
  }
}

function direct(writer: GroupWriter): Writer {
  return { insert: writer.insert, loaded: async () => undefined, failing: () => undefined, close: writer.idle };
}

export async function createDuckDbStore(options: DuckDbStoreOptions): Promise<DuckDbStore> {
  const db = await openDuckDb(options.path);
  let segments: SegmentKeeper;
  try {
    await db.write(createStaging);
    segments = await createSegmentKeeper(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const load = (group: readonly BatchToInsert[]) => db.write((connection) => insertBatches(connection, group, segments));
  let writer: Writer;
  try {
    writer = options.ingestLog === false ? direct(createGroupWriter(load)) : await createLoggedWriter({
      dir: `${db.path}.ingest`,
      load,
      check: refuseUnstorable,
      recentIds: () => db.read(async (c) => (await c.runAndReadAll(RECENT_IDS)).getRowObjectsJS() as Array<{ projectId: string; id: string }>),
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  // Reads see every acknowledged batch, and segments folded up to it.
  const settled = async () => {
    await writer.loaded();
    await segments.settle();
  };
  let closing: Promise<void> | undefined;
  return {
    path: db.path,
    keys: createDuckDbKeyRepository(db),
    reader: createDuckDbReader(db, settled),
    definitions: createDuckDbDefinitionRepository(db),
    replays: createDuckDbReplayRepository(db),
    insertBatch: (projectId, events, receivedAt, context) =>
      closing
        ? Promise.reject(new ServerError(ERROR_CODES.storeClosed, 'the event store is closed'))
        : writer.insert({ projectId, events, receivedAt, country: context?.country ?? '' }),
    listEvents: async (projectId, query) => {
      await settled();
      return db.read((c) => selectEvents(c, projectId, query));
    },
    countEvents: async (projectId) => {
      await settled();
      return db.read((c) => selectCount(c, projectId));
    },
    backlog: () => writer.backlog?.() ?? { events: 0, refusedBatches: 0 },
    ping: async () => {
      const failing = writer.failing();
      if (failing) throw failing;
      await db.read(async (c) => void (await c.run('SELECT 1')));
    },
    close: () =>
      (closing ??= (async () => {
        await writer.close();
        await segments.close();
        await db.close();
      })()),
  };
}
