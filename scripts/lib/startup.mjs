// Shared by the start scripts: build what is stale, explain a failed start, stop on a signal.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Newest modification time of the files below a folder. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Builds the workspace when one of `packages` (folder names under packages/) has no dist, or sources newer than it. */
export function ensureBuilt(packages) {
  const stale = packages.filter((name) => {
    const dir = join(root, 'packages', name);
    return !existsSync(join(dir, 'dist')) || newest(join(dir, 'src')) > newest(join(dir, 'dist'));
  });
  if (stale.length === 0) return;
  console.log(`Building ${stale.join(', ')}...`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Starting fails for two ordinary reasons; say which, and what to do, instead of a stack trace. */
export function explainStartFailure(error, portVariables) {
  const message = String(error?.message ?? error);
  if (/lock/i.test(message)) return `${message}\n  Another Sightline server is using this data file: stop it, or set SIGHTLINE_DATA to another file.`;
  if (error?.code === 'EADDRINUSE') return `${message}\n  The port is taken: stop what uses it, or set ${portVariables}.`;
  return message;
}

/** Runs `stop` once on Ctrl+C or SIGTERM, then exits. */
export function stopOnSignal(stop) {
  let stopping = false;
  const handler = async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    process.exit(0);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** The reference server as the start scripts run it: an embedded DuckDB file, env overrides. */
export async function startReferenceServer() {
  const { startServer } = await import('@sightline/server');
  return startServer({
    port: Number(process.env.SIGHTLINE_PORT ?? 8787),
    host: process.env.SIGHTLINE_HOST ?? '127.0.0.1',
    dataPath: process.env.SIGHTLINE_DATA ?? join(root, '.sightline', 'sightline.duckdb'),
    logger: false,
  });
}
