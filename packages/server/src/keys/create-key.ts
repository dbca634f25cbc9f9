import { generateKey } from './generate-key';
import type { KeyKind, KeyRecord, KeyRepository } from './key-types';

/** A new active key for a project; the project's other keys keep working. */
export async function createKey(
  repository: KeyRepository,
  projectId: string,
  kind: KeyKind,
  now: () => number = Date.now,
): Promise<KeyRecord> {
  const record: KeyRecord = { key: generateKey(kind), projectId, kind, createdAt: now(), revokedAt: null };
  await repository.insert(record);
  return record;
}
