import type { ClickHouseClient } from '@clickhouse/client';
import { clickHouseDialect } from '../../query/dialect';
import type { SqlReader, SqlRow } from '../event-store';

// Subqueries over the Distributed table run as GLOBAL: visitors span shards, sessions do not.
const QUERY_SETTINGS = { distributed_product_mode: 'global' } as const;

export function createClickHouseReader(client: ClickHouseClient, db: string): SqlReader {
  return {
    dialect: clickHouseDialect(`${db}.events`),
    async rows(sql) {
      const result = await client.query({ query: sql, format: 'JSONEachRow', clickhouse_settings: QUERY_SETTINGS });
      return (await result.json()) as SqlRow[];
    },
    async *stream(sql) {
      const result = await client.query({ query: sql, format: 'JSONEachRow', clickhouse_settings: QUERY_SETTINGS });
      for await (const rows of result.stream()) {
        for (const row of rows) yield row.json() as SqlRow;
      }
    },
  };
}
