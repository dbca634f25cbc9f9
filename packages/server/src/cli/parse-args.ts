import { type ParseArgsConfig, parseArgs } from 'node:util';
import { ConfigError, corsFromEntries, fromFile, fromStrings, mergeConfig, toServerConfig } from '../ops/server-config';
import { SETTINGS } from '../ops/settings';
import type { StartServerOptions } from '../server/start-server';
import { type KeysCommand, parseKeysArgs } from './parse-keys-args';

/** A problem with the command line: the CLI prints it with the usage and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'start'; options: StartServerOptions; shutdownTimeoutMs?: number }
  | KeysCommand;

const FLAGS = {
  ...Object.fromEntries(SETTINGS.flatMap((setting) => (setting.flag ? [[setting.flag, { type: 'string' }]] : []))),
  cors: { type: 'string', multiple: true },
  config: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

type Env = Record<string, string | undefined>;

/** Flags win over environment variables, which win over the config file; defaults are left to startServer. */
export function parseCliArgs(argv: readonly string[], env: Env = {}): CliCommand {
  if (argv[0] === 'keys') return parseKeysArgs(argv.slice(1), env);
  const { values } = parseFlags(argv);
  if (values.help) return { kind: 'help' };
  const flags = values as Record<string, string | string[] | undefined>;
  const envValue = (name: string) => (env[name] === '' ? undefined : env[name]);
  try {
    const configPath = (flags.config as string | undefined) ?? envValue('SIGHTLINE_CONFIG');
    const file = configPath === undefined ? {} : fromFile(configPath);
    const fromEnv = fromStrings((setting) => {
      const raw = envValue(setting.env);
      return raw === undefined ? undefined : { raw, name: setting.env };
    });
    const envCors = envValue('SIGHTLINE_CORS');
    if (envCors !== undefined) fromEnv.cors = corsFromEntries(envCors.split(';').filter(Boolean), 'SIGHTLINE_CORS');
    const fromFlags = fromStrings((setting) => {
      const raw = setting.flag === undefined ? undefined : flags[setting.flag];
      return typeof raw === 'string' ? { raw, name: `--${setting.flag}` } : undefined;
    });
    const cors = flags.cors as string[] | undefined;
    if (cors !== undefined) fromFlags.cors = corsFromEntries(cors, '--cors');
    return { kind: 'start', ...toServerConfig(mergeConfig(file, fromEnv, fromFlags)) };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

const pad = (text: string) => text.padEnd(26);

export const USAGE = `Usage: sightline-server [options]
       sightline-server keys list|create|revoke ...   (see sightline-server keys --help)
       sightline-server export --out <file> ...       (see sightline-server export --help)

Starts the Sightline ingestion server on an embedded DuckDB file. Every option can also be set
by its environment variable or in a JSON config file (see docs/server.md).

Options:
${SETTINGS.filter((s) => s.flag).map((s) => `  ${pad(`--${s.flag} <${s.kind === 'integer' ? 'n' : 'value'}>`)}${s.help} [${s.env}]`).join('\n')}
  ${pad('--cors <project=origins>')}allowed browser origins of a project, repeatable [SIGHTLINE_CORS]
  ${pad('--config <file>')}JSON config file [SIGHTLINE_CONFIG]
  ClickHouse credentials come from SIGHTLINE_CLICKHOUSE_USER and SIGHTLINE_CLICKHOUSE_PASSWORD
  or the config file, never from flags.
  ${pad('-h, --help')}show this help
`;
