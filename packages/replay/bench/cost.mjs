#!/usr/bin/env node
// Host-page cost of session replay in real Chromium: no replay, @rrweb/record with its defaults,
// and Sightline replay, on a 10,000-node page that mutates every 100 ms. Runs are interleaved.
// Usage: node bench/cost.mjs [--runs 5] [--seconds 15] [--memory-seconds 120] [--input]
// --input moves the mouse every 250 ms throughout each window: a visitor at the page, so Sightline's
// storm pause (recording paused while the page churns with nobody interacting) never applies.
// Needs the built packages (npm run build -w @sightline/core -w @sightline/scrubber -w @sightline/replay).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const RUNS = arg('runs', 5);
const SECONDS = arg('seconds', 15);
const MEMORY_SECONDS = arg('memory-seconds', 120);
const INPUT = process.argv.includes('--input');
// --profile DIR writes one CPU profile (.cpuprofile, open in DevTools) per config, from its first run.
const PROFILE_AT = process.argv.indexOf('--profile');
const PROFILE_DIR = PROFILE_AT === -1 ? null : process.argv[PROFILE_AT + 1];
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const ORIGIN = 'http://localhost:4174';

const bundle = async (entry) =>
  (await build({ entryPoints: [here(entry)], bundle: true, format: 'iife', target: 'es2020', minify: !PROFILE_DIR, write: false, logLevel: 'silent' })).outputFiles[0].text;
const scripts = { none: 'window.bench = { state: {}, start() {}, stats: () => null, stop() {} };', rrweb: await bundle('./rrweb-entry.mjs'), sightline: await bundle('./sightline-entry.mjs') };
const PAGE = readFileSync(here('./page.html'), 'utf8');

const profile = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
});
await context.route(`${ORIGIN}/**`, (route) => {
  const path = new URL(route.request().url()).pathname.slice(1);
  if (path in scripts) return route.fulfill({ contentType: 'text/javascript', body: scripts[path] });
  return route.fulfill({ contentType: 'text/html', body: PAGE });
});
// Long tasks of the whole page, counted from the moment it starts.
await context.addInitScript(() => {
  window.longTasks = { count: 0, ms: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.longTasks.count++;
      window.longTasks.ms += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
});

// `sightline-worker`: Sightline with chunks compressed in a worker; `core-only`: Sightline's core
// client without the replay plugin, to tell core's own cost from the recorder's.
const VARIANTS = {
  'sightline-worker': { script: 'sightline', options: { compressInWorker: true } },
  'core-only': { script: 'sightline', options: { withoutReplay: true } },
  'sightline-nostorm': { script: 'sightline', options: { stormPause: false } },
  'sightline-nobatch': { script: 'sightline', options: { mutationBatchMs: 0 } },
};
const scriptOf = (config) => VARIANTS[config]?.script ?? config;
const isSightline = (config) => scriptOf(config) === 'sightline';

const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? 0;

async function open(config) {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/page.html`);
  await page.addScriptTag({ url: `${ORIGIN}/${scriptOf(config)}` });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.waitForTimeout(1000);
  return { page, cdp };
}

/** A visitor's mouse drifting over the page, one small move every 250 ms. */
async function visit(page, ms) {
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    await page.mouse.move(200 + (i * 37) % 800, 100 + (i * 53) % 600, { steps: 2 });
    await page.waitForTimeout(250);
  }
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** One measured window: recorder started at its beginning, metrics read at its end. */
async function run(config, seconds, profileTo = null) {
  const { page, cdp } = await open(config);
  if (profileTo) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = (await cdp.send('Performance.getMetrics')).metrics;
  const longBefore = await page.evaluate(() => ({ ...window.longTasks }));
  const heapStart = config === 'none' || seconds < 60 ? 0 : await heapAfterGc(cdp);
  const startedAt = Date.now();
  await page.evaluate((options) => window.bench.start(options), { ...JSON.parse(process.env.BENCH_OPTIONS ?? '{}'), ...VARIANTS[config]?.options });
  if (INPUT) await visit(page, seconds * 1000);
  else await page.waitForTimeout(seconds * 1000);
  const after = (await cdp.send('Performance.getMetrics')).metrics;
  if (profileTo) writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const elapsedMs = Date.now() - startedAt;
  const longAfter = await page.evaluate(() => ({ ...window.longTasks }));
  // Hiding the page makes Sightline emit what it holds, so bytes cover the whole window.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  const state = await page.evaluate(() => ({ ...window.bench.state, stats: window.bench.stats() }));
  const heap = await heapAfterGc(cdp);
  await page.evaluate(() => window.bench.stop());
  await page.close();
  const coveredMs = elapsedMs;
  return {
    config,
    scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
    taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
    longTasks: longAfter.count - longBefore.count,
    longTaskMs: longAfter.ms - longBefore.ms,
    bytesPerMin: config === 'none' ? 0 : (state.bytes / coveredMs) * 60_000,
    eventBytesPerMin: isSightline(config) ? (state.eventBytes / coveredMs) * 60_000 : undefined,
    heap,
    heapStart,
    ownMs: state.stats?.mainThreadMs,
    elapsedMs,
  };
}

const configs = (process.env.BENCH_CONFIGS ?? 'none,rrweb,sightline').split(',');
const results = Object.fromEntries(configs.map((c) => [c, []]));
for (let i = 0; i < RUNS; i++) {
  for (const config of configs) {
    const result = await run(config, SECONDS, PROFILE_DIR && i === 0 ? join(PROFILE_DIR, `${config}.cpuprofile`) : null);
    results[config].push(result);
    console.error(`run ${i + 1}/${RUNS} ${config}: script ${result.scriptMs.toFixed(0)} ms, task ${result.taskMs.toFixed(0)} ms, long ${result.longTasks}, ${(result.bytesPerMin / 1024).toFixed(1)} KB/min, heap ${(result.heap / 1048576).toFixed(1)} MB, own ${result.ownMs?.toFixed(0)} ms`);
  }
}
const memory = {};
if (MEMORY_SECONDS > 0) {
  for (const config of configs) {
    memory[config] = await run(config, MEMORY_SECONDS);
    console.error(`memory ${config}: heap ${(memory[config].heapStart / 1048576).toFixed(1)} -> ${(memory[config].heap / 1048576).toFixed(1)} MB after ${MEMORY_SECONDS} s`);
  }
}
await context.close();
rmSync(profile, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (config, key) => {
  const values = results[config].map((r) => r[key]).filter((v) => typeof v === 'number');
  return values.length ? { median: median(values), min: Math.min(...values), max: Math.max(...values) } : null;
};
const keys = ['scriptMs', 'taskMs', 'longTasks', 'longTaskMs', 'bytesPerMin', 'eventBytesPerMin', 'heap', 'ownMs'];
const report = { input: INPUT, runs: RUNS, seconds: SECONDS, memorySeconds: MEMORY_SECONDS, summary: Object.fromEntries(configs.map((c) => [c, Object.fromEntries(keys.map((k) => [k, summary(c, k)]))])), memory, results };
console.log(JSON.stringify(report, null, 2));
