import { parseArgs } from 'node:util';
import type { KeyKind } from '../keys/key-types';
import { SERVER_DEFAULTS } from '../server/defaults';
import type { StoreChoice } from '../store/open-store';

export type KeysCommand =
  | { kind: 'keys-help' }
  | { kind: 'keys'; action: 'list'; store: StoreChoice; projectId: string }
  | { kind: 'keys'; action: 'create'; store: StoreChoice; projectId: string; keyKind: KeyKind }
  | { kind: 'keys'; action: 'revoke'; store: StoreChoice; key: string };

export class KeysUsageError extends Error {
  override name = 'KeysUsageError';
}

const FLAGS = {
  data: { type: 'string' },
  project: { type: 'string' },
  kind: { type: 'string' },
  store: { type: 'string' },
  'clickhouse-url': { type: 'string' },
  'clickhouse-cluster': { type: 'string' },
  'clickhouse-database': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Env = Record<string, string | undefined>;

/** The same store flags and variables as the server, so keys land where the server reads them. */
function storeChoice(values: Record<string, string | boolean | undefined>, env: Env): StoreChoice {
  const pick = (flag: string, name: string) => (values[flag] as string | undefined) ?? (env[name] || undefined);
  const kind = pick('store', 'SIGHTLINE_STORE') ?? 'duckdb';
  if (kind !== 'duckdb' && kind !== 'clickhouse') throw new KeysUsageError('--store must be duckdb or clickhouse');
  const choice: StoreChoice = { store: kind, dataPath: pick('data', 'SIGHTLINE_DATA') ?? SERVER_DEFAULTS.dataPath };
  const url = pick('clickhouse-url', 'SIGHTLINE_CLICKHOUSE_URL');
  if (kind === 'clickhouse') {
    if (url === undefined) throw new KeysUsageError('--store clickhouse needs --clickhouse-url');
    const cluster = pick('clickhouse-cluster', 'SIGHTLINE_CLICKHOUSE_CLUSTER');
    const database = pick('clickhouse-database', 'SIGHTLINE_CLICKHOUSE_DATABASE');
    choice.clickhouse = {
      url,
      ...(cluster !== undefined && { cluster }),
      ...(database !== undefined && { database }),
      ...(env.SIGHTLINE_CLICKHOUSE_USER && { username: env.SIGHTLINE_CLICKHOUSE_USER }),
      ...(env.SIGHTLINE_CLICKHOUSE_PASSWORD && { password: env.SIGHTLINE_CLICKHOUSE_PASSWORD }),
    };
  }
  return choice;
}

/** `keys list|create|revoke`: the data file and project come from flags, then the environment. */
export function parseKeysArgs(argv: readonly string[], env: Env): KeysCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new KeysUsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [action, ...rest] = positionals;
  if (values.help || action === undefined) return { kind: 'keys-help' };
  const store = storeChoice(values, env);
  const projectId = values.project ?? (env.SIGHTLINE_PROJECT || SERVER_DEFAULTS.projectId);
  const extra = action === 'revoke' ? rest.slice(1) : rest;
  if (extra.length > 0) throw new KeysUsageError(`unexpected argument "${extra[0]}"`);
  switch (action) {
    case 'list':
      return { kind: 'keys', action, store, projectId };
    case 'create':
      if (values.kind !== 'write' && values.kind !== 'read') throw new KeysUsageError('create needs --kind write or --kind read');
      return { kind: 'keys', action, store, projectId, keyKind: values.kind };
    case 'revoke':
      if (rest[0] === undefined) throw new KeysUsageError('revoke needs the key to revoke');
      return { kind: 'keys', action, store, key: rest[0] };
    default:
      throw new KeysUsageError(`unknown keys command "${action}": use list, create or revoke`);
  }
}

export const KEYS_USAGE = `Usage: sightline-server keys list   [--project <id>] [--data <file>]
       sightline-server keys create --kind write|read [--project <id>] [--data <file>]
       sightline-server keys revoke <key> [--data <file>]

Lists, creates and revokes the keys in the store. A running server holds its DuckDB file, so
stop it first. With ClickHouse, run it while servers run: they see the change within 30 s.

  --data <file>     DuckDB file (env SIGHTLINE_DATA, default ./.sightline/sightline.duckdb)
  --store <kind>    duckdb or clickhouse (env SIGHTLINE_STORE, default duckdb)
  --clickhouse-url, --clickhouse-cluster, --clickhouse-database   as for the server
  --project <id>    project id (env SIGHTLINE_PROJECT, default "default")
  --kind <kind>     write (public, for the SDK) or read (secret, for the API and live stream)
`;
