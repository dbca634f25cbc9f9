#!/usr/bin/env node
/**
 * Where the bytes of the browser SDK go. Bundles the sources with esbuild the way
 * packages/trackers/test/bundle-size.test.ts does (minify, ES2020, ESM) and prints:
 *  - each scenario's min and gzip -9 size (the snippet, the full scenario, and each part alone);
 *  - for one scenario (default: full), the minified bytes each package and each largest file adds.
 * gzip is not additive, so per-file figures are minified bytes; the scenario lines are exact.
 * With --dist, workspace packages resolve to their built dist (run `npm run build` first), as an
 * app's bundler and the script-tag build see them: code a bundler keeps from dist but drops from
 * the sources (top-level calls or templates it cannot prove pure) shows up as a difference.
 *
 *   node packages/snippet/scripts/bundle-breakdown.mjs [--top 30] [--scenario full] [--dist] [--json]
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 30;
const asJson = args.includes('--json');
const fromDist = args.includes('--dist');
const detailed = args.includes('--scenario') ? args[args.indexOf('--scenario') + 1] : 'full';
const packages = fileURLToPath(new URL('../../', import.meta.url));

const scenarios = {
  snippet: `import './snippet/src/snippet.ts';`,
  full: `
    import { createClient } from '@sightline/core';
    import { autocapture, interactionTrackers } from '@sightline/trackers';
    import { allModels, createScoringPlugin } from '@sightline/scoring';
    import { createHttpTransport } from '@sightline/transport-http';
    export const client = createClient({ projectKey: 'size', endpoint: 'https://ingest.example',
      transport: createHttpTransport(), plugins: [createScoringPlugin(allModels), ...autocapture(), ...interactionTrackers()] });`,
  'core + transport-http': `
    import { createClient } from '@sightline/core';
    import { createHttpTransport } from '@sightline/transport-http';
    export const client = createClient({ projectKey: 'size', transport: createHttpTransport() });`,
  scrubber: `import { createScrubber } from '@sightline/scrubber'; export const s = createScrubber();`,
  autocapture: `export { autocapture } from '@sightline/trackers';`,
  'collector + 8 trackers': `export { interactionTrackers } from '@sightline/trackers';`,
  'scoring plugin + 26 models': `import { createScoringPlugin, allModels } from '@sightline/scoring'; export const p = createScoringPlugin(allModels);`,
};

/** Workspace imports resolve to sources, so no package is bundled twice. */
const workspaceSources = {
  name: 'workspace-sources',
  setup(b) {
    b.onResolve({ filter: /^@sightline\/[a-z-]+(\/[a-z-]+)?$/ }, (a) => {
      const [name, sub] = a.path.slice('@sightline/'.length).split('/');
      return { path: `${packages}${name}/src/${sub ?? 'index'}${sub ? '/index' : ''}.ts` };
    });
  },
};

async function measure(contents) {
  const result = await build({
    plugins: fromDist ? [] : [workspaceSources],
    stdin: { contents, resolveDir: packages, loader: 'ts' },
    bundle: true, minify: true, format: 'esm', target: 'es2020', platform: 'browser',
    write: false, metafile: true, logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
}

const packageOf = (file) => {
  const nm = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (nm) return nm[1];
  const ws = file.match(/packages\/([a-z-]+)\/(?:src|dist)\//);
  return ws ? ws[1] : file;
};

const report = { scenarios: {}, packages: {}, files: [] };
for (const [name, entry] of Object.entries(scenarios)) {
  const { min, gzip, inputs } = await measure(entry);
  report.scenarios[name] = { min, gzip };
  if (name !== detailed) continue;
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const pkg = packageOf(file);
    report.packages[pkg] = (report.packages[pkg] ?? 0) + bytesInOutput;
    report.files.push({ file: file.replace(/^(\.\.\/)+/, ''), min: bytesInOutput });
  }
}
report.files.sort((a, b) => b.min - a.min);

if (asJson) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log('scenario                       min KB  gzip KB  gzip B');
  for (const [name, s] of Object.entries(report.scenarios)) console.log(`${name.padEnd(30)} ${kb(s.min)}  ${kb(s.gzip)}  ${String(s.gzip).padStart(6)}`);
  console.log(`\n${detailed}, minified bytes per package`);
  for (const [pkg, n] of Object.entries(report.packages).sort((a, b) => b[1] - a[1])) console.log(`${pkg.padEnd(30)} ${kb(n)}`);
  console.log(`\n${detailed}, the ${top} largest files (minified bytes)`);
  for (const { file, min } of report.files.slice(0, top)) console.log(`${String(min).padStart(6)}  ${file}`);
}
