import { ERROR_CODES, ServerError } from '../../errors';
import type { EventStore } from '../event-store';
import { createGroupWriter } from '../group-writer';
import { connectClickHouse, type ClickHouseOptions } from './connection';
import { createClickHouseDefinitionRepository } from './definition-repository';
import { countClickHouseEvents, selectClickHouseEvents } from './event-queries';
import { insertClickHouseBatches } from './insert-batch';
import { createClickHouseKeyRepository } from './key-repository';
import { runClickHouseMigrations } from './migrations';
import { createClickHouseReplayRepository } from './replay-repository';
import { createClickHouseReader } from './sql-reader';

export type { ClickHouseOptions } from './connection';

export interface ClickHouseStore extends EventStore {
  readonly database: string;
}

// The dedupe lookup lists every id of a group in its SQL: keep it well under max_query_size.
const MAX_EVENTS_PER_INSERT = 2_000;

/** Events and keys in ClickHouse: one node, or a cluster through Distributed tables. */
export async function createClickHouseStore(options: ClickHouseOptions): Promise<ClickHouseStore> {
  const nodes = connectClickHouse(options);
  const db = nodes.layout.database;
  try {
    for (const node of nodes.all) await runClickHouseMigrations(node, nodes.layout);
  } catch (error) {
    await nodes.close();
    throw error;
  }
  const client = nodes.primary;
  const writer = createGroupWriter((group) => insertClickHouseBatches(client, db, group), MAX_EVENTS_PER_INSERT);
  let closing: Promise<void> | undefined;
  const open = <T>(task: () => Promise<T>): Promise<T> =>
    closing ? Promise.reject(new ServerError(ERROR_CODES.storeClosed, 'the event store is closed')) : task();
  return {
    database: db,
    keys: createClickHouseKeyRepository(client, db),
    reader: createClickHouseReader(client, db),
    definitions: createClickHouseDefinitionRepository(client, db),
    replays: createClickHouseReplayRepository(client, db),
    insertBatch: (projectId, events, receivedAt, context) =>
      open(() => writer.insert({ projectId, events, receivedAt, country: context?.country ?? '' })),
    listEvents: (projectId, query) => open(() => selectClickHouseEvents(client, db, projectId, query)),
    countEvents: (projectId) => open(() => countClickHouseEvents(client, db, projectId)),
    async ping() {
      const result = await client.ping();
      if (!result.success) throw result.error;
    },
    close: () =>
      (closing ??= (async () => {
        await writer.idle();
        await nodes.close();
      })()),
  };
}
