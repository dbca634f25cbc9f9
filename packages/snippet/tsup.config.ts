import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * Keeps rrweb's recorder out of a bundle: the replay plugin's default loader (a dynamic import of
 * `@sightline/replay/rrweb`, `./rrweb.js` inside the package's dist) is never reached there.
 */
const recorderStaysOut: Plugin = {
  name: 'recorder-stays-out',
  setup(build) {
    build.onResolve({ filter: /^@rrweb\/record$|^@sightline\/replay\/rrweb$/ }, (args) => ({ path: args.path, external: true }));
    build.onResolve({ filter: /^\.\/rrweb\.(js|cjs)$/ }, (args) =>
      /[\\/]replay[\\/]dist[\\/]?$/.test(args.resolveDir) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Self-contained, minified IIFEs for a script tag. */
const iife = {
  format: ['iife'],
  outExtension: () => ({ js: '.min.js' }),
  minify: true,
  target: 'es2020',
  platform: 'browser',
  sourcemap: true,
  dts: false,
} as const;

export default defineConfig([
  // `sightline.min.js`: core + autocapture + transport (the size budget in test/size.test.ts).
  { ...iife, entry: { sightline: 'src/snippet.ts' }, noExternal: [/.*/], clean: true },
  // `sightline.full.min.js`: every tracker, the scoring models and replay; the recorder stays out
  // (it is never imported: the replay plugin is given a loader for the file below).
  { ...iife, entry: { 'sightline.full': 'src/full.ts' }, noExternal: [/.*/], esbuildPlugins: [recorderStaysOut], clean: false },
  // `sightline-record.min.js`: rrweb's recorder, fetched by the full build when a session records.
  { ...iife, entry: { 'sightline-record': 'src/record-entry.ts' }, noExternal: [/.*/], clean: false },
]);
