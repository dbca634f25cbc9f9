import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

const node20 = { target: 'node20', platform: 'node' } as const;

// The two builds run in parallel: the library build cleans dist but spares the CLI's files.
export default defineConfig([
  libraryBuild({ index: 'src/index.ts' }, { ...node20, clean: ['!cli.js', '!cli.js.map'] }),
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    ...node20,
    sourcemap: true,
    clean: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
