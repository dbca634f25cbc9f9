import { parseArgs } from 'node:util';
import type { StartServerOptions } from '../server/start-server';

/** A problem with the command line: the CLI prints it with the usage and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliCommand = { kind: 'help' } | { kind: 'start'; options: StartServerOptions };

const FLAGS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  project: { type: 'string' },
  'write-key': { type: 'string' },
  'read-key': { type: 'string' },
  'body-limit': { type: 'string' },
  'log-level': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Flags win over environment variables, which win over defaults (left to startServer). */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliCommand {
  const { values } = parseFlags(argv);
  if (values.help) return { kind: 'help' };
  const pick = (flag: string | undefined, name: string) => flag ?? (env[name] === '' ? undefined : env[name]);
  const port = pick(values.port, 'SIGHTLINE_PORT');
  const portName = values.port === undefined ? 'SIGHTLINE_PORT' : '--port';
  const bodyLimit = values['body-limit'];
  const logLevel = values['log-level'] ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);
  const options: StartServerOptions = { logger: logLevel === 'silent' ? false : { level: logLevel } };
  if (port !== undefined) options.port = integer(portName, port, 0, 65535);
  if (bodyLimit !== undefined) options.bodyLimit = integer('--body-limit', bodyLimit, 1, 1024 ** 3);
  const strings = [
    ['host', pick(values.host, 'SIGHTLINE_HOST')],
    ['dataPath', pick(values.data, 'SIGHTLINE_DATA')],
    ['projectId', pick(values.project, 'SIGHTLINE_PROJECT')],
    ['writeKey', pick(values['write-key'], 'SIGHTLINE_WRITE_KEY')],
    ['readKey', pick(values['read-key'], 'SIGHTLINE_READ_KEY')],
  ] as const;
  for (const [name, value] of strings) if (value !== undefined) options[name] = value;
  return { kind: 'start', options };
}

export const USAGE = `Usage: sightline-server [options]

Starts the Sightline ingestion server on an embedded DuckDB file.

Options:
  --port <n>          port to listen on (env SIGHTLINE_PORT, default 8787; 0 picks one)
  --host <host>       address to bind (env SIGHTLINE_HOST, default 127.0.0.1)
  --data <file>       DuckDB file (env SIGHTLINE_DATA, default ./.sightline/sightline.duckdb)
  --project <id>      project id (env SIGHTLINE_PROJECT, default "default")
  --write-key <key>   write key to accept (env SIGHTLINE_WRITE_KEY; generated if none)
  --read-key <key>    read key to accept (env SIGHTLINE_READ_KEY; generated if none)
  --body-limit <n>    largest request body in bytes (default 1048576)
  --log-level <lvl>   fatal, error, warn, info, debug, trace or silent (default info)
  -h, --help          show this help
`;
