#!/usr/bin/env node
// Main-thread cost of trackers + scoring in Chromium: the same scripted session on the same page
// with and without Sightline, CDP `Performance.getMetrics` ScriptDuration delta over the session,
// divided by the input events the session dispatched. Run after `npm run build`:
//   node packages/trackers/bench/host-cost.mjs [runs]
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const RUNS = Number(process.argv[2] ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const sdk = (await build({ entryPoints: [here('./entry.mjs')], bundle: true, minify: true, format: 'iife', target: 'es2020', write: false, logLevel: 'silent' })).outputFiles[0].text;
const html = readFileSync(here('./page.html'), 'utf8');
let batches = 0;
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://x');
  if (url.pathname === '/v1/batch') {
    batches++;
    request.resume();
    request.on('end', () => response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{"accepted":1,"duplicates":0}'));
    return;
  }
  if (url.pathname === '/sdk.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(sdk);
  const withSdk = url.searchParams.get('sdk') !== '0';
  // sdk=2: consent denied, so emitted events stop at the pipeline's door: what is left is the
  // trackers' and the models' own work on every DOM event (samples, scoring, signal decisions).
  const consent = url.searchParams.get('sdk') === '2' ? ", consent: 'denied'" : '';
  const config = `<script>window.SIGHTLINE_CONFIG = { projectKey: 'bench', endpoint: 'http://127.0.0.1:${server.address().port}'${consent} };</script><script src="/sdk.js"></script>`;
  response.writeHead(200, { 'content-type': 'text/html' }).end(html.replace('<!--SDK-->', withSdk ? config : ''));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 800 },
});

/** A visitor: moves across the grid, hovers, clicks, scrolls down and up, fills a field, selects and copies. */
async function session(page) {
  for (let pass = 0; pass < 4; pass++) {
    await page.mouse.move(40, 60 + pass * 120);
    await page.mouse.move(1200, 140 + pass * 120, { steps: 120 });
    await page.mouse.move(300, 200 + pass * 100, { steps: 60 });
  }
  for (let i = 0; i < 6; i++) await page.mouse.click(400 + i * 3, 300);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 250);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -250);
  await page.click('#email');
  await page.keyboard.type('someone@example.com');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  await page.click('#name');
  await page.keyboard.type('A Name');
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('faq'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.keyboard.press('Control+C');
  await page.mouse.move(600, 400, { steps: 60 });
}

const scriptSeconds = async (cdp) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;

async function measure(mode) {
  const withSdk = mode !== 0;
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/?sdk=${mode}`);
  if (withSdk) await page.waitForFunction(() => typeof window.sightline?.getSnapshot === 'function');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const before = await scriptSeconds(cdp);
  const events0 = await page.evaluate(() => window.inputEvents);
  await session(page);
  // Let throttled work (summaries, score evaluation, the batch timer) run inside the window.
  await page.waitForTimeout(1500);
  const after = await scriptSeconds(cdp);
  const events = (await page.evaluate(() => window.inputEvents)) - events0;
  const longTasks = await page.evaluate(() => window.longTasks.slice());
  const created = mode === 1 ? await page.evaluate(() => window.sightline.diagnostics().created) : 0;
  await page.close();
  return { scriptMs: (after - before) * 1000, events, longTasks, created };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = [];
const withSdk = [];
const samplesOnly = [];
await measure(0);
await measure(1); // warm-up
for (let run = 0; run < RUNS; run++) {
  base.push(await measure(0));
  withSdk.push(await measure(1));
  samplesOnly.push(await measure(2));
}
await context.close();
server.close();
rmSync(profile, { recursive: true, force: true });

const events = median(withSdk.map((r) => r.events));
const perRunDelta = withSdk.map((r, i) => r.scriptMs - base[i].scriptMs);
const delta = median(perRunDelta);
const samplesDelta = median(samplesOnly.map((r, i) => r.scriptMs - base[i].scriptMs));
console.log(JSON.stringify({
  runs: RUNS,
  cpus: cpus().length,
  load1: Math.round(loadavg()[0] * 10) / 10,
  inputEventsPerSession: events,
  baselineScriptMs: Math.round(median(base.map((r) => r.scriptMs)) * 10) / 10,
  sightlineScriptMs: Math.round(median(withSdk.map((r) => r.scriptMs)) * 10) / 10,
  deltaScriptMs: Math.round(delta * 10) / 10,
  perEventUs: Math.round((delta / events) * 1000 * 10) / 10,
  samplesOnlyDeltaScriptMs: Math.round(samplesDelta * 10) / 10,
  samplesOnlyPerEventUs: Math.round((samplesDelta / events) * 1000 * 10) / 10,
  longTasksSamplesOnly: samplesOnly.map((r) => r.longTasks.length),
  longTasksBaseline: base.map((r) => r.longTasks.length),
  longTasksSightline: withSdk.map((r) => r.longTasks.length),
  longestTaskSightlineMs: Math.max(0, ...withSdk.flatMap((r) => r.longTasks)),
  sightlineEventsPerSession: median(withSdk.map((r) => r.created)),
  batches,
}, null, 2));
