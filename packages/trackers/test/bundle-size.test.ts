// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The full scenario: core + autocapture + the collector and 8 trackers + all 26 models (with the
 * scoring plugin) + transport-http, bundled and minified by esbuild, then gzip -9. The target
 * is 15 KB; the budgets are what the scenario measures today plus about 1 %, so they cannot grow
 * back unnoticed. Raising one is a decision, not a number to bump. Where the bytes go:
 * `node packages/snippet/scripts/bundle-breakdown.mjs`.
 */
const TARGET_GZIP_BYTES = 15 * 1024;
/**
 * Measured 36,993 B (2026-11-24), of which core with its scrubber + transport-http are 17.9 KB.
 * Raised from 35,800 for the scorer's state carried over page loads (about 0.9 KB: session
 * scoring on multi-page sites, which the per-page scorer got wrong), the scrubber's plain-text
 * pre-check (0.25 KB) and the outbox's unload spill (0.4 KB).
 */
const BUDGET_GZIP_BYTES = 37_350;
/** The parts this package and the scoring plugin add: collector + 8 trackers (7,607 B), and plugin + 26 models (12,151 B). */
const TRACKERS_BUDGET_GZIP_BYTES = 7_700;
const SCORING_BUDGET_GZIP_BYTES = 12_300;

const packages = fileURLToPath(new URL('../../', import.meta.url));
const entry = `
import { createClient } from './core/src/index.ts';
import { autocapture, interactionTrackers } from './trackers/src/index.ts';
import { allModels, createScoringPlugin } from './scoring/src/index.ts';
import { createHttpTransport } from './transport-http/src/index.ts';
export const client = createClient({
  projectKey: 'size',
  endpoint: 'https://ingest.example',
  transport: createHttpTransport(),
  plugins: [createScoringPlugin(allModels), ...autocapture(), ...interactionTrackers()],
});
`;

/** Workspace imports resolve to sources, as the entry's do, so no package is bundled twice. */
const workspaceSources = {
  name: 'workspace-sources',
  setup(b: { onResolve(o: { filter: RegExp }, cb: (a: { path: string }) => { path: string }): void }) {
    b.onResolve({ filter: /^@sightline\/[a-z-]+(\/[a-z-]+)?$/ }, (args) => {
      const [name, subpath] = args.path.slice('@sightline/'.length).split('/');
      return { path: `${packages}${name}/src/${subpath ? `${subpath}/` : ''}index.ts` };
    });
  },
};

async function bundle(contents: string) {
  const result = await build({
    plugins: [workspaceSources],
    stdin: { contents, resolveDir: packages, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

describe('full scenario bundle', () => {
  it(`stays within ${BUDGET_GZIP_BYTES} bytes min+gzip (target ${TARGET_GZIP_BYTES})`, async () => {
    const size = await bundle(entry);
    console.info(`core + autocapture + 8 trackers + 26 models + transport-http: ${size.min} B min, ${size.gzip} B gzip`);
    expect(size.gzip).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  }, 60_000);

  it(`the collector and 8 trackers stay within ${TRACKERS_BUDGET_GZIP_BYTES} B, all 26 models with the plugin within ${SCORING_BUDGET_GZIP_BYTES} B`, async () => {
    const trackers = await bundle(`export { interactionTrackers } from './trackers/src/index.ts';`);
    const scoring = await bundle(`
      import { createScoringPlugin, allModels } from './scoring/src/index.ts';
      export const plugin = createScoringPlugin(allModels);`);
    console.info(`collector + 8 trackers: ${trackers.gzip} B gzip; scoring plugin + 26 models: ${scoring.gzip} B gzip`);
    expect(trackers.gzip).toBeLessThanOrEqual(TRACKERS_BUDGET_GZIP_BYTES);
    expect(scoring.gzip).toBeLessThanOrEqual(SCORING_BUDGET_GZIP_BYTES);
  }, 60_000);

  it('ships three models when an app asks for three', async () => {
    const three = await bundle(`
      import { createScoringPlugin, rageClick, deadClick, errorClick } from './scoring/src/index.ts';
      export const plugin = createScoringPlugin([rageClick, deadClick, errorClick]);`);
    const all = await bundle(`
      import { createScoringPlugin, allModels } from './scoring/src/index.ts';
      export const plugin = createScoringPlugin(allModels);`);
    expect(three.gzip).toBeLessThan(all.gzip / 3);
  }, 60_000);
});
