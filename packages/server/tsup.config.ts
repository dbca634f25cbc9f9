import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

const node20 = { target: 'node20', platform: 'node' } as const;

// The three builds run in parallel: the library build cleans dist but spares the others' files.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts' }, { ...node20, clean: ['!cli.js', '!cli.js.map', '!replay-worker.js', '!replay-worker.js.map'] }),
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    ...node20,
    sourcemap: true,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
  // The recording cleaner's worker thread (src/replay/cleaner-pool.ts), started from dist by
  // both the library and the CLI; ESM for either.
  {
    entry: { 'replay-worker': 'src/replay/replay-worker.ts' },
    format: ['esm'],
    ...node20,
    sourcemap: true,
    clean: false,
  },
]);
