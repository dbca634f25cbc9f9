#!/usr/bin/env node
// `npm start`: the Sightline server on an embedded DuckDB file, and the example shop loading the
// snippet, so a new user can click around and read their events back.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'trackers', 'transport-http', 'server', 'snippet'];

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

const stale = PACKAGES.filter((name) => {
  const dir = join(root, 'packages', name);
  return !existsSync(join(dir, 'dist')) || newest(join(dir, 'src')) > newest(join(dir, 'dist'));
});
if (stale.length > 0) {
  console.log(`Building ${stale.join(', ')}...`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const { startServer } = await import('@sightline/server');
const { startShop } = await import('../examples/shop/server.mjs');

/** Starting fails for two ordinary reasons; say which, and what to do, instead of a stack trace. */
function explain(error) {
  const message = String(error?.message ?? error);
  if (/lock/i.test(message)) return `${message}\n  Another Sightline server is using this data file: stop it, or set SIGHTLINE_DATA to another file.`;
  if (error?.code === 'EADDRINUSE') return `${message}\n  The port is taken: stop what uses it, or set SIGHTLINE_PORT / SHOP_PORT.`;
  return message;
}

let server;
let shop;
try {
  server = await startServer({
    port: Number(process.env.SIGHTLINE_PORT ?? 8787),
    host: process.env.SIGHTLINE_HOST ?? '127.0.0.1',
    dataPath: process.env.SIGHTLINE_DATA ?? join(root, '.sightline', 'sightline.duckdb'),
    logger: false,
  });
  shop = await startShop({
    port: Number(process.env.SHOP_PORT ?? 5173),
    snippetFile: join(root, 'packages', 'snippet', 'dist', 'sightline.min.js'),
    snippetAttributes: { 'project-key': server.writeKey, endpoint: server.url },
  });
} catch (error) {
  console.error(`Sightline could not start: ${explain(error)}`);
  await server?.close();
  process.exit(1);
}

console.log(`
  Sightline is running.

  Example shop   ${shop.url}/
  Server         ${server.url}   (data: ${server.dataPath})
  Write key      ${server.writeKey}   (public: it is in the shop's script tag)
  Read key       ${server.readKey}   (secret: for reading data only)

  Click around the shop, then read your events back:
    curl -s -H 'x-sightline-key: ${server.readKey}' '${server.url}/v1/events?limit=20'

  Ctrl+C stops both.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([shop.close(), server.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
