import { BIGINT, VARCHAR, type DuckDBConnection } from '@duckdb/node-api';
import type { KeyKind, KeyRecord, KeyRepository } from '../../keys/key-types';
import type { DuckDb } from './database';

const COLUMNS = 'key, project_id, kind, created_at, revoked_at';

const toRecord = (row: Record<string, unknown>): KeyRecord => ({
  key: String(row.key),
  projectId: String(row.project_id),
  kind: row.kind as KeyKind,
  createdAt: Number(row.created_at),
  revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
});

const selectKeys = async (c: DuckDBConnection, where: string, values: Record<string, string>) =>
  (await c.runAndReadAll(`SELECT ${COLUMNS} FROM keys WHERE ${where} ORDER BY created_at, key`, values))
    .getRowObjectsJS()
    .map(toRecord);

export function createDuckDbKeyRepository(db: DuckDb): KeyRepository {
  return {
    find: async (key) => (await db.read((c) => selectKeys(c, 'key = $key', { key })))[0],
    listForProject: (projectId) => db.read((c) => selectKeys(c, 'project_id = $project', { project: projectId })),
    insert: (record) =>
      db.write(async (c) => {
        await c.run(`INSERT INTO keys (${COLUMNS}) VALUES ($1, $2, $3, $4, $5)`, [
          record.key,
          record.projectId,
          record.kind,
          BigInt(record.createdAt),
          record.revokedAt === null ? null : BigInt(record.revokedAt),
        ], [VARCHAR, VARCHAR, VARCHAR, BIGINT, BIGINT]);
      }),
    setRevokedAt: (key, revokedAt) =>
      db.write(async (c) => {
        await c.run('UPDATE keys SET revoked_at = $1 WHERE key = $2', [
          revokedAt === null ? null : BigInt(revokedAt),
          key,
        ], [BIGINT, VARCHAR]);
      }),
  };
}
