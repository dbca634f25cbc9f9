import { runCli } from './cli/run-cli';

const DEFAULT_SHUTDOWN_TIMEOUT_MS = 15_000;

const started = runCli(process.argv.slice(2));

// Installed before the banner is printed, so a signal right after it still closes cleanly.
async function stop(signal: NodeJS.Signals): Promise<void> {
  const { server, exitCode, shutdownTimeoutMs = DEFAULT_SHUTDOWN_TIMEOUT_MS } = await started;
  if (!server) process.exit(exitCode);
  process.stderr.write(`sightline-server: ${signal}, draining in-flight batches\n`);
  // A second signal, or a drain that takes too long, ends the process anyway.
  const force = () => {
    process.stderr.write('sightline-server: exiting before the drain finished\n');
    process.exit(1);
  };
  process.once(signal, force);
  setTimeout(force, shutdownTimeoutMs).unref();
  try {
    await server.close();
    process.exit(0);
  } catch (error) {
    process.stderr.write(`sightline-server: close failed: ${String(error)}\n`);
    process.exit(1);
  }
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const { exitCode, server } = await started;
if (!server) {
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  process.exitCode = exitCode;
}
