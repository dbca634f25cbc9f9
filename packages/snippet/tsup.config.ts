import { defineConfig } from 'tsup';

/** One self-contained, minified IIFE for a script tag. */
export default defineConfig({
  entry: { sightline: 'src/snippet.ts' },
  format: ['iife'],
  outExtension: () => ({ js: '.min.js' }),
  minify: true,
  target: 'es2020',
  platform: 'browser',
  noExternal: [/.*/],
  clean: true,
  sourcemap: true,
  dts: false,
});
