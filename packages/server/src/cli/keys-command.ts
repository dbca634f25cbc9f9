import { PROJECT_ID_PATTERN } from '../server/defaults';
import { createKey } from '../keys/create-key';
import type { KeyRecord } from '../keys/key-types';
import { openStore } from '../store/open-store';
import { explainOpenFailure } from './file-in-use';
import type { KeysCommand } from './parse-keys-args';

interface Io {
  out(text: string): void;
  err(text: string): void;
}

type Command = Extract<KeysCommand, { kind: 'keys' }>;

const row = (record: KeyRecord) =>
  [
    record.key.padEnd(30),
    record.kind.padEnd(6),
    record.projectId.padEnd(16),
    new Date(record.createdAt).toISOString(),
    record.revokedAt === null ? 'active' : `revoked ${new Date(record.revokedAt).toISOString()}`,
  ].join('  ');

/** Runs one keys command against the data file; returns the exit code. */
export async function runKeysCommand(command: Command, io: Io): Promise<number> {
  if ('projectId' in command && !PROJECT_ID_PATTERN.test(command.projectId)) {
    io.err('sightline-server keys: the project id must be 1 to 64 characters of A-Z a-z 0-9 _ . -\n');
    return 2;
  }
  let store;
  try {
    store = (await openStore(command.store)).store;
  } catch (error) {
    io.err(`sightline-server keys: cannot open the store: ${explainOpenFailure(error, command.store.dataPath)}\n`);
    return 1;
  }
  try {
    switch (command.action) {
      case 'list': {
        const records = await store.keys.listForProject(command.projectId);
        io.out(records.length === 0 ? `no keys for project "${command.projectId}"\n` : `${records.map(row).join('\n')}\n`);
        return 0;
      }
      case 'create': {
        const record = await createKey(store.keys, command.projectId, command.keyKind);
        io.out(`${record.key}\n`);
        return 0;
      }
      case 'revoke': {
        const record = await store.keys.find(command.key);
        if (!record) {
          io.err('sightline-server keys: no such key\n');
          return 1;
        }
        if (record.revokedAt === null) await store.keys.setRevokedAt(command.key, Date.now());
        io.out(`revoked ${record.kind} key of project "${record.projectId}"\n`);
        return 0;
      }
    }
  } finally {
    await store.close();
  }
}
