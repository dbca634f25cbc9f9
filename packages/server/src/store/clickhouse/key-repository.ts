import type { ClickHouseClient } from '@clickhouse/client';
import type { KeyKind, KeyRecord, KeyRepository } from '../../keys/key-types';
import { quoteString } from '../../query/sql-literal';

interface KeyRow {
  key: string;
  project_id: string;
  kind: string;
  created_at: string;
  revoked_at: string | null;
  version: string;
}

const str = (value: string) => quoteString(value, 'backslash');

const toRecord = (row: KeyRow): KeyRecord => ({
  key: row.key,
  projectId: row.project_id,
  kind: row.kind as KeyKind,
  createdAt: Number(row.created_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

/**
 * Keys live in the cluster too, so every stateless server node sees the same ones. A change is
 * a new row with a higher version; ReplacingMergeTree(version) and FINAL keep the newest.
 */
export function createClickHouseKeyRepository(client: ClickHouseClient, db: string): KeyRepository {
  let lastVersion = 0;
  const nextVersion = () => (lastVersion = Math.max(lastVersion + 1, Date.now() * 1000));

  const select = async (where: string) =>
    (
      (await (
        await client.query({
          query: `SELECT key, project_id, kind, created_at, revoked_at, version FROM ${db}.keys FINAL
                  WHERE ${where} ORDER BY created_at, key`,
          format: 'JSONEachRow',
        })
      ).json()) as KeyRow[]
    ).map(toRecord);

  const write = (record: KeyRecord) =>
    client
      .insert({
        table: `${db}.keys`,
        values: [
          {
            key: record.key,
            project_id: record.projectId,
            kind: record.kind,
            created_at: record.createdAt,
            revoked_at: record.revokedAt,
            version: nextVersion(),
          },
        ],
        format: 'JSONEachRow',
      })
      .then(() => undefined);

  return {
    find: async (key) => (await select(`key = ${str(key)}`))[0],
    listForProject: (projectId) => select(`project_id = ${str(projectId)}`),
    insert: write,
    async setRevokedAt(key, revokedAt) {
      const [record] = await select(`key = ${str(key)}`);
      if (record) await write({ ...record, revokedAt });
    },
  };
}
