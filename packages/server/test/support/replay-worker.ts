import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    replayWorker: string;
  }
}

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Global setup: the tests run the server from source, and a worker thread cannot load
 * TypeScript, so the recording cleaner's worker is built once for the run, as tsup builds it for
 * dist (with the scrubber from source too). setup-replay-worker.ts points the server at it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'sightline-replay-worker-'));
  const outfile = join(dir, 'replay-worker.js');
  await build({
    entryPoints: [source('../../src/replay/replay-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: { '@sightline/scrubber': source('../../../scrubber/src/index.ts') },
    logLevel: 'warning',
  });
  project.provide('replayWorker', pathToFileURL(outfile).href);
  return () => rm(dir, { recursive: true, force: true });
}
