import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SERVER_CLI = fileURLToPath(new URL('../../packages/server/dist/cli.js', import.meta.url));

export interface ServerProcessOptions {
  port: number;
  dataPath: string;
  writeKey: string;
  readKey: string;
}

export interface ServerProcess {
  url: string;
  /** Starts the CLI and resolves once `/health` answers 200. */
  start(): Promise<void>;
  /** Sends `signal` and resolves once the process has exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
  readonly running: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The built server CLI as a child process on a fixed port and data file, so it can be killed and restarted. */
export function createServerProcess(options: ServerProcessOptions): ServerProcess {
  const url = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  let output = '';
  return {
    url,
    async start() {
      output = '';
      const started = spawn(
        process.execPath,
        [SERVER_CLI, '--port', String(options.port), '--host', '127.0.0.1', '--data', options.dataPath, '--write-key', options.writeKey, '--read-key', options.readKey, '--log-level', 'error'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = started;
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk));
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        if (started.exitCode !== null) throw new Error(`server exited with ${started.exitCode}: ${output}`);
        const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false);
        if (healthy) return;
        await sleep(50);
      }
      throw new Error(`server did not become healthy: ${output}`);
    },
    async stop(signal) {
      const current = child;
      child = undefined;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      const exited = new Promise((resolve) => current.once('exit', resolve));
      current.kill(signal);
      await exited;
    },
    get running() {
      return child !== undefined;
    },
  };
}
