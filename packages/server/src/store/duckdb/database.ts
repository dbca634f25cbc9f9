import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { ERROR_CODES, ServerError } from '../../errors';
import { createSerialQueue, type SerialQueue } from '../serial-queue';
import { runMigrations } from './migrations';

/**
 * One DuckDB file: a connection for ingest writes, one for reads and one for upkeep (session
 * segments), each used one task at a time. Upkeep has its own so that it never waits in, or
 * holds up, the ingest queue: DuckDB runs the two transactions side by side.
 */
export interface DuckDb {
  /** Absolute path of the file. */
  readonly path: string;
  write<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  read<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  upkeep<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T>;
  /** A connection of its own for a long read (an export); close() ends any still leased. */
  lease(): Promise<{ connection: DuckDBConnection; release(): void }>;
  close(): Promise<void>;
}

/**
 * Files open in this process. DuckDB's file lock only keeps other processes out: a second
 * instance on the same file in this process would be allowed and would corrupt it.
 */
const openFiles = new Set<string>();

export async function openDuckDb(path: string): Promise<DuckDb> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const absolute = join(await realpath(dirname(resolve(path))), basename(path));
  if (openFiles.has(absolute)) {
    throw new ServerError(ERROR_CODES.storeInUse, `${absolute} is already open in this process`);
  }
  openFiles.add(absolute);
  try {
    return await openInstance(absolute);
  } catch (error) {
    openFiles.delete(absolute);
    throw error;
  }
}

async function openInstance(absolute: string): Promise<DuckDb> {
  const instance = await DuckDBInstance.create(absolute);
  const connections: DuckDBConnection[] = [];
  try {
    connections.push(await instance.connect());
    await runMigrations(connections[0] as DuckDBConnection);
    connections.push(await instance.connect());
    connections.push(await instance.connect());
  } catch (error) {
    for (const connection of connections) connection.closeSync();
    instance.closeSync();
    throw error;
  }
  const [writer, reader, keeper] = connections as [DuckDBConnection, DuckDBConnection, DuckDBConnection];
  const writes = createSerialQueue();
  const reads = createSerialQueue();
  const upkeeps = createSerialQueue();
  let closing: Promise<void> | undefined;
  const leased = new Set<DuckDBConnection>();

  const enqueue = <T>(queue: SerialQueue, connection: DuckDBConnection, task: (c: DuckDBConnection) => Promise<T>) =>
    // Tasks queued before close still run; close waits for them. Later ones are refused here.
    closing
      ? Promise.reject(new ServerError(ERROR_CODES.storeClosed, 'the event store is closed'))
      : queue.run(() => task(connection));

  return {
    path: absolute,
    write: (task) => enqueue(writes, writer, task),
    read: (task) => enqueue(reads, reader, task),
    upkeep: (task) => enqueue(upkeeps, keeper, task),
    async lease() {
      if (closing) throw new ServerError(ERROR_CODES.storeClosed, 'the event store is closed');
      const connection = await instance.connect();
      leased.add(connection);
      return {
        connection,
        release: () => {
          if (leased.delete(connection)) connection.closeSync();
        },
      };
    },
    close() {
      closing ??= (async () => {
        await Promise.all([writes.idle(), reads.idle(), upkeeps.idle()]);
        for (const connection of leased) connection.closeSync();
        leased.clear();
        keeper.closeSync();
        reader.closeSync();
        writer.closeSync();
        instance.closeSync();
        openFiles.delete(absolute);
      })();
      return closing;
    },
  };
}
