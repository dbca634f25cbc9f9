import { runCli } from './cli/run-cli';

const started = runCli(process.argv.slice(2));

// Installed before the banner is printed, so a signal right after it still closes cleanly.
async function stop(signal: NodeJS.Signals): Promise<void> {
  const { server, exitCode } = await started;
  if (!server) process.exit(exitCode);
  process.stderr.write(`sightline-server: ${signal}, closing\n`);
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
