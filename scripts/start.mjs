#!/usr/bin/env node
// `npm start`: the Sightline server on an embedded DuckDB file, and the example shop loading the
// snippet, so a new user can click around and read their events back.
import { join } from 'node:path';
import { ensureBuilt, explainStartFailure, root, startReferenceServer, stopOnSignal } from './lib/startup.mjs';

ensureBuilt(['scrubber', 'core', 'scoring', 'trackers', 'transport-http', 'replay', 'server', 'dashboard', 'snippet']);

const { startShop } = await import('../examples/shop/server.mjs');

let server;
let shop;
try {
  server = await startReferenceServer();
  shop = await startShop({
    port: Number(process.env.SHOP_PORT ?? 5173),
    // The full build: every tracker, live scores and session replay, so the dashboard has it all to show.
    snippetFile: join(root, 'packages', 'snippet', 'dist', 'sightline.full.min.js'),
    snippetAttributes: { 'project-key': server.writeKey, endpoint: server.url, replay: '1' },
  });
} catch (error) {
  console.error(`Sightline could not start: ${explainStartFailure(error, 'SIGHTLINE_PORT / SHOP_PORT')}`);
  await server?.close();
  process.exit(1);
}

console.log(`
  Sightline is running.

  Example shop   ${shop.url}/
  Dashboard      ${server.url}/   (sign in with the read key)
  Server         ${server.url}   (data: ${server.dataPath})
  Write key      ${server.writeKey}   (public: it is in the shop's script tag)
  Read key       ${server.readKey}   (secret: for reading data only)

  Click around the shop, then read your events back:
    curl -s -H 'x-sightline-key: ${server.readKey}' '${server.url}/v1/events?limit=20'

  Ctrl+C stops both.
`);

stopOnSignal(() => Promise.allSettled([shop.close(), server.close()]));
