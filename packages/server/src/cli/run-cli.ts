import { isServerError, ERROR_CODES } from '../errors';
import { startServer, type RunningServer } from '../server/start-server';
import { formatBanner } from './banner';
import { runExportCommand } from './export-command';
import { explainOpenFailure } from './file-in-use';
import { runKeysCommand } from './keys-command';
import { parseCliArgs, USAGE, UsageError } from './parse-args';
import { KEYS_USAGE, KeysUsageError } from './parse-keys-args';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliResult {
  /** 0 ok, 1 failed to start, 2 bad usage. Meaningful only when `server` is absent. */
  exitCode: number;
  server?: RunningServer;
  /** How long SIGTERM may take to drain before the process exits anyway. */
  shutdownTimeoutMs?: number;
}

const stdio: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export async function runCli(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIo = stdio,
): Promise<CliResult> {
  if (argv[0] === 'export') return { exitCode: await runExportCommand(argv.slice(1), env, io) };
  let command;
  try {
    command = parseCliArgs(argv, env);
  } catch (error) {
    if (error instanceof KeysUsageError) {
      io.err(`sightline-server keys: ${error.message}\n\n${KEYS_USAGE}`);
      return { exitCode: 2 };
    }
    if (!(error instanceof UsageError)) throw error;
    io.err(`sightline-server: ${error.message}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  if (command.kind === 'help' || command.kind === 'keys-help') {
    io.out(command.kind === 'help' ? USAGE : KEYS_USAGE);
    return { exitCode: 0 };
  }
  if (command.kind === 'keys') return { exitCode: await runKeysCommand(command, io) };
  try {
    const server = await startServer(command.options);
    io.out(formatBanner(server));
    return { exitCode: 0, server, ...(command.shutdownTimeoutMs !== undefined && { shutdownTimeoutMs: command.shutdownTimeoutMs }) };
  } catch (error) {
    const usage = isServerError(error) && error.code === ERROR_CODES.badOption;
    const dataPath = command.options.dataPath ?? 'the data file';
    io.err(`sightline-server: could not start: ${explainOpenFailure(error, dataPath)}\n`);
    return { exitCode: usage ? 2 : 1 };
  }
}
