import { ERROR_CODES, ServerError } from '../errors';
import { createClickHouseStore, type ClickHouseOptions } from './clickhouse/clickhouse-store';
import { createDuckDbStore } from './duckdb/duckdb-store';
import type { EventStore } from './event-store';

export type StoreKind = 'duckdb' | 'clickhouse';

export interface StoreChoice {
  /** Default `duckdb`. */
  store?: StoreKind;
  /** The DuckDB file (store `duckdb`). */
  dataPath: string;
  /** Required with store `clickhouse`. */
  clickhouse?: ClickHouseOptions;
}

export interface OpenedEventStore {
  store: EventStore;
  /** The DuckDB file's absolute path, or where the ClickHouse data lives. */
  location: string;
}

/** Opens the configured store; schema migrations run here, on every start. */
export async function openStore(choice: StoreChoice): Promise<OpenedEventStore> {
  if ((choice.store ?? 'duckdb') === 'duckdb') {
    const store = await createDuckDbStore({ path: choice.dataPath });
    return { store, location: store.path };
  }
  if (choice.store !== 'clickhouse') throw new ServerError(ERROR_CODES.badOption, 'the store must be duckdb or clickhouse');
  if (!choice.clickhouse) throw new ServerError(ERROR_CODES.badOption, 'the clickhouse store needs a ClickHouse URL');
  // A comma-separated string (from a flag or the environment) lists the nodes of a cluster.
  const url = [choice.clickhouse.url].flat().flatMap((u) => u.split(',')).map((u) => u.trim()).filter(Boolean);
  const store = await createClickHouseStore({ ...choice.clickhouse, url });
  const urls = url.join(', ');
  const cluster = choice.clickhouse.cluster ? `, cluster ${choice.clickhouse.cluster}` : '';
  return { store, location: `clickhouse ${urls} (database ${store.database}${cluster})` };
}
