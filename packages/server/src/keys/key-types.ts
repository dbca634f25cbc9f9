export type KeyKind = 'write' | 'read';

export interface KeyRecord {
  key: string;
  projectId: string;
  kind: KeyKind;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms; a revoked key is refused with SL_ERR_INVALID_KEY. */
  revokedAt: number | null;
}

/** Persistence of keys; the key ring adds caching and policy on top. */
export interface KeyRepository {
  find(key: string): Promise<KeyRecord | undefined>;
  listForProject(projectId: string): Promise<KeyRecord[]>;
  insert(record: KeyRecord): Promise<void>;
  setRevokedAt(key: string, revokedAt: number | null): Promise<void>;
}
