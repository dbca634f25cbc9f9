// Bundles the server from source with esbuild, so benchmarks run the code as it is now, no build step.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const source = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
// Inside node_modules, so the bundle resolves fastify, DuckDB and the workspace packages.
const cache = fileURLToPath(new URL('../../node_modules/.cache/sightline-bench/', import.meta.url));

export async function loadServer() {
  await mkdir(cache, { recursive: true });
  const outfile = join(cache, `server-${process.pid}.mjs`);
  await build({ entryPoints: [source], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}
