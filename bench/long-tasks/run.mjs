// Long tasks, attributed: the host-cost page, visit and configurations, with a Chromium trace over each
// run; every main-thread task over 50 ms is split into SDK script, page script, GC, layout/style,
// descheduled time and the rest (see analyze.mjs).
//
//   node bench/long-tasks/run.mjs [--runs 5] [--config baseline,sightline-full,...] [--chromium PATH] [--keep-traces] [--calibrate]
//
// Reuses bench/host-cost's page (page.mjs), configurations (configs.mjs) and its installed node_modules.
// bench/host-cost/run.mjs runs on import, so the build, the two servers, the visibility override and the
// visit are copied from it (kept identical; only the longtask observer and the lateness probe are left out).
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONFIGS } from '../host-cost/configs.mjs';
import { pageHtml } from '../host-cost/page.mjs';
import { analyze } from './analyze.mjs';
import { header, runLines, table } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const hostCost = path.join(root, 'bench/host-cost');
const require = createRequire(path.join(hostCost, 'package.json'));
const esbuild = require('esbuild');
const { chromium } = require('playwright-core');

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf('--' + k); return i < 0 ? d : (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : true); };
const RUNS = +opt('runs', 5), CHROMIUM = opt('chromium', '/usr/bin/chromium'), KEEP = !!opt('keep-traces', false);
// --calibrate adds a script known to block: 60 ms of busy loop on every click, so the SDK part must find about that
const CALIBRATION = { desc: 'calibration: busy-waits 60 ms on every click', entry: `
addEventListener('click', function busyClick() { const end = performance.now() + 60; while (performance.now() < end); }, true);` };
if (opt('calibrate')) CONFIGS.calibration = CALIBRATION;
const names = String(opt('config', 'baseline,sightline-full,sightline-replay,posthog,posthog-replay,clarity')).split(',');
if (names.some((n) => !CONFIGS[n])) { console.log('configurations:', Object.keys(CONFIGS).join(', ')); process.exit(1); }
if (!names.includes('baseline')) names.unshift('baseline');
if (opt('calibrate') && !names.includes('calibration')) names.push('calibration');
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

// ---------- build (as host-cost/run.mjs, into this folder's dist/; identifiers are kept so that profile frames name functions) ----------
// @sightline/* resolve through the root's workspace links and each package's exports (packages/*/dist),
// so subpath imports such as @sightline/core/signals work too
const outDir = path.join(here, 'dist');
fs.mkdirSync(outDir, { recursive: true });
const scripts = {};
for (const n of names) {
  const c = CONFIGS[n]; if (!c.entry) continue;
  const outfile = path.join(outDir, n + '.js');
  await esbuild.build({ stdin: { contents: c.entry, resolveDir: hostCost, loader: 'js' }, bundle: true, minifyWhitespace: true, minifySyntax: true, format: 'iife', platform: 'browser',
    target: 'es2020', outfile, logLevel: 'error', nodePaths: [path.join(hostCost, 'node_modules'), path.join(root, 'node_modules')],
    define: { 'process.env.NODE_ENV': '"production"' }, legalComments: 'none' });
  scripts[n] = fs.readFileSync(outfile, 'utf8');
}

// ---------- servers on 127.0.0.1: page + sink (as host-cost/run.mjs) ----------
let current = null;
const listen = (srv) => new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv.address().port)));
function sinkHandler(req, res) {
  const cors = { 'access-control-allow-origin': req.headers.origin || '*', 'access-control-allow-credentials': 'true',
    'access-control-allow-headers': req.headers['access-control-request-headers'] || '*', 'access-control-allow-methods': 'GET,POST,PUT,OPTIONS', 'access-control-max-age': '600' };
  if (req.method === 'OPTIONS') { res.writeHead(204, cors); return res.end(); }
  req.resume();
  req.on('end', () => {
    const body = CONFIGS[current]?.respond?.(new URL(req.url, 'http://x').pathname) ?? '{"status":1}';
    res.writeHead(200, { ...cors, 'content-type': 'application/json' }); res.end(body);
  });
}
const sinkSrv = http.createServer(sinkHandler);
const SINK = `http://127.0.0.1:${await listen(sinkSrv)}`;
const pageSrv = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname.startsWith('/sdk/')) { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(scripts[decodeURIComponent(u.pathname.slice(5, -3))] || ''); }
  if (u.pathname.startsWith('/sink/')) return sinkHandler(req, res);
  if (u.pathname === '/favicon.ico') { res.writeHead(204); return res.end(); }
  const n = u.searchParams.get('config');
  const head = `<script>window.__SINK__=${JSON.stringify(SINK)}</script>` + (scripts[n] ? `<script defer src="/sdk/${encodeURIComponent(n)}.js"></script>` : '');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(pageHtml(head));
});
const ORIGIN = `http://127.0.0.1:${await listen(pageSrv)}`;

// headless Chromium never changes visibilityState by itself: hidden/visible is simulated (as host-cost)
const PROBES = `(() => { if (window.top !== window) return;
  const P = window.__probe = {};
  let forced = null; const orig = (k) => Object.getOwnPropertyDescriptor(Document.prototype, k).get;
  const vs = orig('visibilityState'), hd = orig('hidden');
  Object.defineProperty(document, 'visibilityState', { configurable: true, get() { return forced ?? vs.call(document); } });
  Object.defineProperty(document, 'hidden', { configurable: true, get() { return forced ? forced === 'hidden' : hd.call(document); } });
  P.setHidden = (h) => { forced = h ? 'hidden' : 'visible'; document.dispatchEvent(new Event('visibilitychange')); if (!h) forced = null; };
})();`;

// ---------- the scripted visit: copied from host-cost/run.mjs, unchanged ----------
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function rng(seed) { let s = seed; return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296; }
async function visit(page, cdp) {
  const rand = rng(42);
  let at = { x: 640, y: 400 };
  const path = async (x, y, steps) => {
    const pending = [];
    for (let k = 1; k <= steps; k++) {
      pending.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x + (x - at.x) * k / steps, y: at.y + (y - at.y) * k / steps }));
      if (k % 2) await sleep(4);
    }
    await Promise.all(pending); at = { x, y };
  };
  const click = (x, y) => page.mouse.click(x, y);
  const targets = await page.evaluate(() => {
    const out = [];
    for (const s of ['header a', 'button.add', 'a.details', '.card h3', '.card p.desc', '.card img', '#title', '.price', 'article p']) {
      for (const el of document.querySelectorAll(s)) { const r = el.getBoundingClientRect(); if (r.top > 44 && r.bottom < 780 && r.left >= 0 && r.right < 900 && r.width > 4) out.push([s, r.left + r.width / 2, r.top + Math.min(r.height / 2, 8)]); }
    }
    return out;
  });
  for (let i = 0; i < 48; i++) {
    const t = targets[Math.floor(rand() * targets.length)];
    const [x, y] = i % 4 === 3 ? [40 + rand() * 1200, 60 + rand() * 700] : [t[1], t[2]];
    await path(x, y, 20);
    if (i % 4 !== 3) await click(x, y);
  }
  for (const s of ['.card p.desc', '#title', '.price']) {
    const t = targets.find((q) => q[0] === s) || targets[0];
    await path(t[1], t[2], 6);
    for (let k = 0; k < 6; k++) await click(t[1], t[2]);
    await sleep(150);
  }
  await page.evaluate(() => window.spaNavigate('/checkout/payment'));
  for (const [sel, text] of [['#name', 'Jane Quinn-Doe'], ['#email', 'jane.quinn@example.com'], ['#password', 'correct-horse-battery-9'],
    ['#cc', '4111 1111 1111 1111'], ['#exp', '12/29'], ['#cvc', '123'], ['#address', '221B Baker Street, London NW1 6XE'],
    ['#notes', 'Leave the parcel with the neighbour at number 4 if nobody is home.']]) {
    await page.click(sel); await page.keyboard.type(text);
  }
  await page.click('#terms'); await page.selectOption('#country', 'FR'); await page.click('#submit');
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? 600 : -600);
    await path(100 + rand() * 1000, 100 + rand() * 600, 6); await sleep(10);
  }
  for (let i = 0; i < 10; i++) { const t = targets[(i * 5) % targets.length]; await click(t[1], t[2]); }
  await page.evaluate(() => window.__probe.setHidden(true)); await sleep(300);
  await page.evaluate(() => window.__probe.setHidden(false)); await sleep(200);
}

// ---------- one run: fresh browser and profile, traced from navigation to the end of the hidden tab ----------
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic', '--disable-blink-features=AutomationControlled', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
async function runOne(name, round) {
  current = name;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'long-tasks-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ignoreDefaultArgs: ['--enable-automation'],
    viewport: { width: 1280, height: 800 }, userAgent: UA });
  const load = [os.loadavg()[0]];
  try {
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:' ? route.continue() : route.abort('blockedbyclient');
    });
    await context.addInitScript(PROBES);
    const page = context.pages()[0] || await context.newPage();
    const errors = []; page.on('pageerror', (e) => errors.push(String(e.message).slice(0, 150)));
    const cdp = await context.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => { for (const e of d.value) events.push(e); });
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { recordMode: 'recordContinuously', includedCategories: CATEGORIES } });
    await page.goto(`${ORIGIN}/checkout?config=${encodeURIComponent(name)}`, { waitUntil: 'load' });
    await sleep(1500);
    await page.evaluate(() => console.timeStamp('visit-start')); // marks the end of loading in the trace
    const visitStart = Date.now();
    await visit(page, cdp);
    const visitMs = Date.now() - visitStart;
    await page.evaluate(() => window.__probe.setHidden(true)); await sleep(1500);
    load.push(os.loadavg()[0]);
    await cdp.send('Tracing.end'); await done;
    if (KEEP) fs.writeFileSync(path.join(here, 'results', `${stamp}-trace-${name}-${round}.json.gz`), zlib.gzipSync(JSON.stringify({ traceEvents: events })));
    const a = analyze(events, { sdkUrl: `${ORIGIN}/sdk/`, pageOrigin: ORIGIN });
    return { name, round, ok: true, visitMs, load, errors, ...a };
  } catch (e) { return { name, round, ok: false, error: String(e.stack || e) }; }
  finally { await context.close().catch(() => {}); fs.rmSync(profile, { recursive: true, force: true }); }
}

// ---------- interleaved runs, then the report ----------
fs.mkdirSync(path.join(here, 'results'), { recursive: true });
const started = new Date(), stamp = started.toISOString().replace(/[:.]/g, '-'); const results = [];
for (let i = 0; i < RUNS; i++) for (const n of names) {
  const r = await runOne(n, i); results.push(r);
  console.error(runLines(r, `[${i + 1}/${RUNS}]`).join('\n'));
}
sinkSrv.close(); pageSrv.close();

let chromiumVersion = '?'; try { chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch {}
const machine = { started: started.toISOString(), runs: RUNS, nproc: os.cpus().length, chromium: chromiumVersion, node: process.version, loads: results.flatMap((r) => r.load || []) };
const hasSdk = names.filter((n) => CONFIGS[n].entry);
const report = [header(machine), '', table(results, names, (n) => hasSdk.includes(n))].join('\n');
console.log(report);
fs.writeFileSync(path.join(here, `results/${stamp}.json`), JSON.stringify({ machine, names, hasSdk, origin: ORIGIN, results }, null, 1));
fs.writeFileSync(path.join(here, `results/${stamp}.md`), report + '\n');
