// Bundles the server from source with esbuild, so benchmarks run the code as it is now, no build step.
// BENCH_REVISION=<git revision> bundles that revision's server source instead, for a baseline
// measured in the same run as the change.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const source = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
// Inside node_modules, so the bundle resolves fastify, DuckDB and the workspace packages.
const cache = fileURLToPath(new URL('../../node_modules/.cache/sightline-bench/', import.meta.url));

/** Extracts `packages/server/src` of a revision into the cache; returns its entry point. */
async function sourceAt(revision) {
  const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
  const dir = join(cache, `rev-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const archive = execFileSync('git', ['-C', root, 'archive', revision, 'packages/server/src'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  return join(dir, 'packages/server/src/index.ts');
}

export async function loadServer(revision = process.env.BENCH_REVISION) {
  await mkdir(cache, { recursive: true });
  const entry = revision ? await sourceAt(revision) : source;
  const outdir = join(cache, `server-${process.pid}`);
  const outfile = join(outdir, 'index.js');
  const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'error' };
  try {
    await build({ ...options, entryPoints: [entry], outfile });
    // The recording cleaner's worker, beside the bundle as in dist, where the revision has one.
    const worker = join(dirname(entry), 'replay', 'replay-worker.ts');
    if (existsSync(worker)) await build({ ...options, entryPoints: [worker], outfile: join(outdir, 'replay-worker.js') });
    await writeFile(join(outdir, 'package.json'), '{"type":"module"}\n');
  } finally {
    if (revision) await rm(join(cache, `rev-${process.pid}`), { recursive: true, force: true });
  }
  return import(pathToFileURL(outfile).href);
}

/**
 * Bundles some modules of `src/store/duckdb` from source (the internals a store benchmark times,
 * which the package does not export) and imports them together.
 */
export async function loadDuckDbInternals(files) {
  await mkdir(cache, { recursive: true });
  const src = (file) => fileURLToPath(new URL(`../../src/store/duckdb/${file}`, import.meta.url));
  const outfile = join(cache, `duckdb-internals-${process.pid}.mjs`);
  const contents = files.map((file) => `export * from ${JSON.stringify(src(file))};`).join('\n');
  await build({ stdin: { contents, resolveDir: cache, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
  return import(pathToFileURL(outfile).href);
}
