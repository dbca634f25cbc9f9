import { defineConfig } from 'vite';

// Preact's automatic JSX runtime, without a framework plugin: the dashboard needs no HMR magic.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1024 },
  server: { proxy: { '/v1': { target: process.env.SIGHTLINE_SERVER ?? 'http://127.0.0.1:8787', ws: true } } },
});
