import type { Options } from 'tsup';

/** Every library package builds the same way: ESM + CJS + .d.ts, no minification, tree-shakeable. */
export function libraryBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2020',
    treeshake: true,
    splitting: true,
    ...overrides,
  };
}
