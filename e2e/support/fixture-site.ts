import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** The fixture SDK bundle, built from the packages' `dist` as an app would consume them. */
export async function buildFixtureBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fixture('sdk-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'SightlineFixture',
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export interface FixtureSite {
  /** `http://127.0.0.1:port`: a different origin from the ingest server. */
  url: string;
  /** The SDK page with its config in the query string. */
  pageUrl(config: object, extra?: Record<string, string>): string;
  close(): Promise<void>;
}

/** Serves the fixture page (GET and POST, so forms can submit to it), a page without the SDK, and the bundle. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const bundle = await buildFixtureBundle();
  const files: Record<string, [string, string]> = {
    '/sdk.js': ['text/javascript', bundle],
    '/page.html': ['text/html', readFileSync(fixture('page.html'), 'utf8')],
    '/plain.html': ['text/html', readFileSync(fixture('plain.html'), 'utf8')],
  };
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const file = files[new URL(request.url ?? '/', 'http://x').pathname];
      if (!file) return response.writeHead(404).end();
      response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    pageUrl: (config, extra = {}) => `${url}/page.html?${new URLSearchParams({ c: JSON.stringify(config), ...extra })}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
