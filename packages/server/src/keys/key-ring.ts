import { ERROR_CODES, ServerError } from '../errors';
import { generateKey, KEY_PATTERN } from './generate-key';
import type { KeyKind, KeyRecord, KeyRepository } from './key-types';

export interface ProjectKeys {
  writeKey: string;
  readKey: string;
}

export interface KeyRing {
  /** The active key record, or undefined for an unknown or revoked key. */
  resolve(key: string): Promise<KeyRecord | undefined>;
  /**
   * Stores the given keys for the project (reactivating them if revoked), creates a write
   * or read key when the project has no active one, and returns the keys to use.
   */
  ensureProjectKeys(projectId: string, given?: Partial<ProjectKeys>): Promise<ProjectKeys>;
  revoke(key: string): Promise<void>;
}

// Unknown keys are cached too, so a client with a stale key does not hit the store each time.
const MAX_CACHED_MISSES = 1000;

/**
 * How long a key's state is trusted before it is read again. Keys created or revoked by the CLI,
 * or by another server node sharing the store, take effect within this time.
 */
export const KEY_CACHE_TTL_MS = 30_000;

export function createKeyRing(
  repository: KeyRepository,
  now: () => number = Date.now,
  ttlMs: number = KEY_CACHE_TTL_MS,
): KeyRing {
  const hits = new Map<string, { record: KeyRecord; at: number }>();
  const misses = new Map<string, number>();
  const fresh = (at: number | undefined) => at !== undefined && now() - at < ttlMs;

  const remember = (record: KeyRecord) => {
    hits.set(record.key, { record, at: now() });
    misses.delete(record.key);
  };

  async function upsert(projectId: string, kind: KeyKind, key: string): Promise<void> {
    if (!KEY_PATTERN.test(key)) {
      throw new ServerError(ERROR_CODES.badOption, `the ${kind} key must be 16 to 128 characters of A-Z a-z 0-9 _ -`);
    }
    const existing = await repository.find(key);
    if (existing && (existing.projectId !== projectId || existing.kind !== kind)) {
      throw new ServerError(
        ERROR_CODES.keyConflict,
        `that ${kind} key is already the ${existing.kind} key of project "${existing.projectId}"`,
      );
    }
    if (!existing) await repository.insert({ key, projectId, kind, createdAt: now(), revokedAt: null });
    else if (existing.revokedAt !== null) await repository.setRevokedAt(key, null);
    hits.delete(key);
    misses.delete(key);
  }

  async function activeKey(projectId: string, kind: KeyKind, given: string | undefined): Promise<string> {
    if (given !== undefined) return given;
    const active = (await repository.listForProject(projectId)).filter(
      (record) => record.kind === kind && record.revokedAt === null,
    );
    // The newest active key is the one to hand out; older ones keep working.
    const newest = active[active.length - 1];
    if (newest) return newest.key;
    const record: KeyRecord = { key: generateKey(kind), projectId, kind, createdAt: now(), revokedAt: null };
    await repository.insert(record);
    return record.key;
  }

  return {
    async resolve(key) {
      const cached = hits.get(key);
      if (cached && fresh(cached.at)) return cached.record;
      if (fresh(misses.get(key))) return undefined;
      const record = await repository.find(key);
      if (record && record.revokedAt === null) {
        remember(record);
        return record;
      }
      hits.delete(key);
      if (misses.size >= MAX_CACHED_MISSES) misses.clear();
      misses.set(key, now());
      return undefined;
    },
    async ensureProjectKeys(projectId, given = {}) {
      if (given.writeKey !== undefined) await upsert(projectId, 'write', given.writeKey);
      if (given.readKey !== undefined) await upsert(projectId, 'read', given.readKey);
      return {
        writeKey: await activeKey(projectId, 'write', given.writeKey),
        readKey: await activeKey(projectId, 'read', given.readKey),
      };
    },
    async revoke(key) {
      await repository.setRevokedAt(key, now());
      hits.delete(key);
    },
  };
}
