// Starts the reference server and one example app on Vite's dev server, pointed at it.
import { ensureBuilt, explainStartFailure, startReferenceServer, stopOnSignal } from './startup.mjs';
import { exampleConfig } from './example-config.mjs';

/** `name` is `react` or `vue`: the app in examples/<name>-app, using @sightline/<name>. */
export async function startExample(name, defaultPort) {
  ensureBuilt(['scrubber', 'core', 'scoring', 'trackers', 'transport-http', 'server', name]);
    const { createServer } = await import('vite');

  let server;
  let vite;
  try {
    server = await startReferenceServer();
    vite = await createServer({
      ...exampleConfig(name, { endpoint: server.url, projectKey: server.writeKey }),
      server: { port: Number(process.env.EXAMPLE_PORT ?? defaultPort), host: '127.0.0.1', strictPort: true },
    });
    await vite.listen();
  } catch (error) {
    console.error(`Sightline could not start: ${explainStartFailure(error, 'SIGHTLINE_PORT / EXAMPLE_PORT')}`);
    await vite?.close();
    await server?.close();
    process.exit(1);
  }

  const appUrl = vite.resolvedUrls?.local[0] ?? `http://127.0.0.1:${defaultPort}/`;
  console.log(`
  Sightline is running with the ${name} example.

  Example app    ${appUrl}
  Server         ${server.url}   (data: ${server.dataPath})
  Write key      ${server.writeKey}   (public: it is in the app's bundle)
  Read key       ${server.readKey}   (secret: for reading data only)

  Click around the app and watch its live scores panel, then read your events back:
    curl -s -H 'x-sightline-key: ${server.readKey}' '${server.url}/v1/events?limit=20'

  Ctrl+C stops both.
`);
  stopOnSignal(() => Promise.allSettled([vite.close(), server.close()]));
}
