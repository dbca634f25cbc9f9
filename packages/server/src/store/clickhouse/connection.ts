import { createClient, type ClickHouseClient } from '@clickhouse/client';
import { IDENTIFIER } from '../../query/sql-literal';
import { ERROR_CODES, ServerError } from '../../errors';
import type { ClickHouseLayout } from './schema';

export interface ClickHouseOptions {
  /** One node's HTTP URL, or every node of the cluster (migrations run on each; the first serves). */
  url: string | readonly string[];
  /** A cluster name from the nodes' `remote_servers`: events go through a Distributed table. */
  cluster?: string;
  /** Default `sightline`. */
  database?: string;
  username?: string;
  password?: string;
}

export interface ClickHouseNodes {
  layout: ClickHouseLayout;
  /** The node that takes inserts and queries. */
  primary: ClickHouseClient;
  all: ClickHouseClient[];
  close(): Promise<void>;
}

// Sync inserts make a batch readable once acknowledged; the 2018 server knows these settings.
const SETTINGS = { insert_distributed_sync: 1 } as const;

export function connectClickHouse(options: ClickHouseOptions): ClickHouseNodes {
  const urls = typeof options.url === 'string' ? [options.url] : [...options.url];
  const database = options.database ?? 'sightline';
  for (const [name, value] of [['database', database], ['cluster', options.cluster]] as const) {
    if (value !== undefined && !IDENTIFIER.test(value)) {
      throw new ServerError(ERROR_CODES.badOption, `the ClickHouse ${name} must match ${IDENTIFIER}`);
    }
  }
  if (urls.length === 0) throw new ServerError(ERROR_CODES.badOption, 'a ClickHouse URL is required');
  const all = urls.map((url) =>
    createClient({
      url,
      ...(options.username !== undefined && { username: options.username }),
      ...(options.password !== undefined && { password: options.password }),
      clickhouse_settings: SETTINGS,
      request_timeout: 60_000,
    }),
  );
  return {
    layout: { database, ...(options.cluster !== undefined && { cluster: options.cluster }) },
    primary: all[0] as ClickHouseClient,
    all,
    close: async () => void (await Promise.all(all.map((client) => client.close()))),
  };
}
