import { ERROR_CODES, ServerError } from '../../errors';
import type { KeyRepository } from '../../keys/key-types';
import type { EventStore } from '../event-store';
import { openDuckDb } from './database';
import { selectCount, selectEvents } from './event-queries';
import { createGroupWriter } from '../group-writer';
import { createStaging, insertBatches } from './insert-batch';
import { createDuckDbDefinitionRepository } from './definition-repository';
import { createDuckDbKeyRepository } from './key-repository';
import { createDuckDbReplayRepository } from './replay-repository';
import { createSegmentKeeper, type SegmentKeeper } from './segment-keeper';
import { createDuckDbReader } from './sql-reader';

export interface DuckDbStoreOptions {
  /** The database file; it and its folder are created when missing. */
  path: string;
}

/** The embedded store: events and keys in one DuckDB file. */
export interface DuckDbStore extends EventStore {
  /** Absolute path of the database file. */
  readonly path: string;
  readonly keys: KeyRepository;
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
  const writer = createGroupWriter((group) => db.write((connection) => insertBatches(connection, group, segments)));
  let closing: Promise<void> | undefined;
  return {
    path: db.path,
    keys: createDuckDbKeyRepository(db),
    // Queries read the segment tables, so they wait for the backlog to be folded.
    reader: createDuckDbReader(db, segments.settle),
    definitions: createDuckDbDefinitionRepository(db),
    replays: createDuckDbReplayRepository(db),
    insertBatch: (projectId, events, receivedAt, context) =>
      closing
        ? Promise.reject(new ServerError(ERROR_CODES.storeClosed, 'the event store is closed'))
        : writer.insert({ projectId, events, receivedAt, country: context?.country ?? '' }),
    listEvents: (projectId, query) => db.read((c) => selectEvents(c, projectId, query)),
    countEvents: (projectId) => db.read((c) => selectCount(c, projectId)),
    ping: () => db.read(async (c) => void (await c.run('SELECT 1'))),
    close: () =>
      (closing ??= (async () => {
        await writer.idle();
        await segments.close();
        await db.close();
      })()),
  };
}
