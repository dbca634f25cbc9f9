import { isServerError, ERROR_CODES } from '../errors';
import { startServer, type RunningServer } from '../server/start-server';
import { formatBanner } from './banner';
import { parseCliArgs, USAGE, UsageError } from './parse-args';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export interface CliResult {
  /** 0 ok, 1 failed to start, 2 bad usage. Meaningful only when `server` is absent. */
  exitCode: number;
  server?: RunningServer;
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
  let command;
  try {
    command = parseCliArgs(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`sightline-server: ${error.message}\n\n${USAGE}`);
    return { exitCode: 2 };
  }
  if (command.kind === 'help') {
    io.out(USAGE);
    return { exitCode: 0 };
  }
  try {
    const server = await startServer(command.options);
    io.out(formatBanner(server));
    return { exitCode: 0, server };
  } catch (error) {
    const usage = isServerError(error) && error.code === ERROR_CODES.badOption;
    io.err(`sightline-server: could not start: ${(error as Error).message}\n`);
    return { exitCode: usage ? 2 : 1 };
  }
}
