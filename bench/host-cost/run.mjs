// Host-page cost benchmark: the same page and the same scripted visit in real Chromium, once per configuration
// (no SDK, Sightline at three levels, peer SDKs), runs interleaved. Everything stays on 127.0.0.1.
//
//   node bench/host-cost/run.mjs                       all configurations, 5 interleaved runs
//   node bench/host-cost/run.mjs --runs 7 --config baseline,sightline-full,posthog
//   node bench/host-cost/run.mjs --sizes-only          bundle sizes only
//   options: --runs N (5)  --config a,b,c (all)  --chromium PATH (/usr/bin/chromium)  --cpu RATE (1, CDP throttling)
//            --chart FILE (docs/benchmarks-host-cost-peers.svg)  --no-chart  --debug (per run: URL, bundle, script time, long tasks, console errors, requests)
// Needs the packages built (`npm run build` at the repository root) and `npm install` in this folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { CONFIGS } from './configs.mjs';
import { chartSvg } from './chart.mjs';
import { buildBundles, here, launch, option, root, sleep, startServers, visit, VISIBILITY_SWITCH } from './harness.mjs';

const argv = process.argv.slice(2);
const opt = (k, d) => option(argv, k, d);
const RUNS = +opt('runs', 5), CPU = +opt('cpu', 1), DEBUG = !!opt('debug', false), CHROMIUM = opt('chromium', '/usr/bin/chromium');
const names = opt('config') ? String(opt('config')).split(',') : Object.keys(CONFIGS);
if (names.some((n) => !CONFIGS[n])) { console.log('configurations:', Object.keys(CONFIGS).join(', ')); process.exit(1); }
if (!names.includes('baseline')) names.unshift('baseline');

// ---------- build: one IIFE per configuration, also measured for size ----------
const packagesDir = path.join(root, 'packages');
for (const p of ['core', 'transport-http', 'trackers', 'scoring', 'replay']) {
  if (!fs.existsSync(path.join(packagesDir, p, 'dist/index.js'))) { console.error(`packages/${p}/dist missing: run \`npm run build\` at the repository root`); process.exit(1); }
}
// @sightline/* resolve through the workspace links in the root node_modules, so subpaths
// (@sightline/core/signals) follow each package's exports to its dist like an app's bundler does.
const builtPackages = Object.fromEntries(fs.readdirSync(packagesDir).filter((p) => fs.existsSync(path.join(packagesDir, p, 'dist/index.js')))
  .map((p) => ['@sightline/' + p, path.join(packagesDir, p, 'dist/index.js')]));
const outDir = path.join(here, 'dist');
const { scripts, sizes } = await buildBundles(names, outDir);
const kib = (b) => (b / 1024).toFixed(1);
const sizeLines = ['| Configuration | min KiB | gzip -9 KiB | brotli q11 KiB |', '|---|--:|--:|--:|',
  ...names.filter((n) => sizes[n]).map((n) => `| ${n} | ${kib(sizes[n].min)} | ${kib(sizes[n].gzip)} | ${kib(sizes[n].brotli)} |`)];
console.log('Bundle sizes (esbuild --bundle --minify, IIFE, es2020, every lazy import inlined):\n' + sizeLines.join('\n') + '\n');
if (opt('sizes-only')) process.exit(0);

// ---------- servers (127.0.0.1 only): page + sink ----------
const sink = { reqs: 0, bytes: 0, preflight: 0, log: [] };
const servers = await startServers(scripts, {
  onPreflight: () => { sink.preflight++; },
  onRequest: (req, n) => {
    sink.reqs++; sink.bytes += n + req.url.length; // body + URL: GET beacons carry their data in the query string
    if (DEBUG) sink.log.push(`${req.method} ${req.url.slice(0, 100)} ${n} B`);
  },
});
const { pageUrl } = servers;
const ORIGIN = servers.origin;
const rel = (file) => path.relative(root, file);
if (DEBUG) {
  // Which build each variant runs: a stale packages/*/dist is the usual surprise.
  const lines = ['debug: sink ' + servers.sink + ', @sightline/* bundled from:'];
  for (const [pkg, file] of Object.entries(builtPackages)) lines.push(`  ${pkg.padEnd(26)} ${rel(file)} (built ${fs.statSync(file).mtime.toISOString()})`);
  lines.push('debug: variants:');
  for (const n of names) {
    const bundle = sizes[n] ? `${rel(path.join(outDir, n + '.js'))} (${kib(sizes[n].min)} KiB min, ${kib(sizes[n].gzip)} KiB gzip)` : 'no bundle';
    lines.push(`  ${n.padEnd(17)} ${pageUrl(n)}\n  ${''.padEnd(17)} ${bundle}: ${CONFIGS[n].desc}`);
  }
  console.error(lines.join('\n'));
}

// ---------- in-page probes, identical for every configuration, installed before any page script ----------
const PROBES = `(() => { if (window.top !== window) return;
  const P = window.__probe = { longtasks: [], longtaskStarts: [], lateness: [], on: false, visitStart: 0 };
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) { P.longtasks.push(e.duration); P.longtaskStarts.push(e.startTime); } }).observe({ type: 'longtask', buffered: true }); } catch {}
  let prev = performance.now();
  setInterval(() => { const now = performance.now(); if (P.on) P.lateness.push(now - prev - 16); prev = now; }, 16);
  // headless Chromium never changes visibilityState by itself: hidden/visible is simulated
  ${VISIBILITY_SWITCH}
})();`;

// ---------- one run: fresh browser and profile ----------
async function runOne(name) {
  servers.use(name); Object.assign(sink, { reqs: 0, bytes: 0, preflight: 0, log: [] });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'host-cost-'));
  const blocked = [], errors = [], consoleErrors = [];
  const context = await launch(profile, CHROMIUM, (url) => blocked.push(url));
  try {
    await context.addInitScript(PROBES);
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e.message).slice(0, 150)));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      const at = m.location();
      consoleErrors.push(`${m.text().slice(0, 300)}${at?.url ? ` (${at.url.replace(ORIGIN, '')}:${at.lineNumber})` : ''}`);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (CPU > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.goto(pageUrl(name), { waitUntil: 'load' });
    await sleep(1500); // init, remote config, first snapshot
    const m0 = await metrics();
    const nodes = await page.evaluate(() => { window.__probe.on = true; window.__probe.visitStart = performance.now(); return document.getElementsByTagName('*').length; });
    const t0 = Date.now(); const work = await visit(page, cdp); const visitMs = Date.now() - t0;
    await page.evaluate(() => { window.__probe.on = false; });
    await page.evaluate(() => window.__probe.setHidden(true)); await sleep(1500); // leave: SDKs flush on hidden
    const m1 = await metrics();
    await cdp.send('HeapProfiler.collectGarbage'); await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const P = await page.evaluate(() => ({ longtasks: window.__probe.longtasks, longtaskStarts: window.__probe.longtaskStarts, lateness: window.__probe.lateness, visitStart: window.__probe.visitStart }));
    const late = P.lateness.slice().sort((a, b) => a - b);
    return { name, ok: true, nodes, visitMs, work, heapMB: heap / 1048576,
      scriptMs: m1.ScriptDuration * 1000, taskMs: m1.TaskDuration * 1000, visitScriptMs: (m1.ScriptDuration - m0.ScriptDuration) * 1000, visitTaskMs: (m1.TaskDuration - m0.TaskDuration) * 1000,
      longN: P.longtasks.length, longMs: P.longtasks.reduce((s, d) => s + d, 0),
      probeP95: late[Math.floor(late.length * 0.95)] || 0, probeMax: late[late.length - 1] || 0, probeN: late.length,
      sinkReqs: sink.reqs, sinkKB: sink.bytes / 1024, preflight: sink.preflight, blocked: blocked.length, blockedSample: [...new Set(blocked)].slice(0, 3), errors: errors.slice(0, 3),
      ...(DEBUG && { debug: { url: pageUrl(name), loadScriptMs: m0.ScriptDuration * 1000, loadTaskMs: m0.TaskDuration * 1000, visitStartMs: P.visitStart,
        longtasks: P.longtasks.map((d, k) => ({ startMs: P.longtaskStarts[k], ms: d })), pageErrors: errors, consoleErrors, sinkLog: sink.log, blocked: [...new Set(blocked)] } }) };
  } catch (e) { return { name, ok: false, error: String(e.message || e).split('\n')[0], ...(DEBUG && { debug: { url: pageUrl(name), stack: String(e.stack || e), pageErrors: errors, consoleErrors } }) }; }
  finally { await context.close().catch(() => {}); fs.rmSync(profile, { recursive: true, force: true }); }
}

// ---------- --debug: one run in detail, on stderr (and in the results JSON) ----------
const DEBUG_LIST = 20;
function debugLines(r) {
  const d = r.debug, out = [`  url      ${d.url}`];
  const list = (label, items, show = (x) => x) => {
    out.push(`  ${label.padEnd(8)} ${items.length || 'none'}`);
    for (const x of items.slice(0, DEBUG_LIST)) out.push(`           ${show(x)}`);
    if (items.length > DEBUG_LIST) out.push(`           … ${items.length - DEBUG_LIST} more in the results JSON`);
  };
  if (!r.ok) { out.push(`  error    ${d.stack.split('\n').join('\n           ')}`); list('page err', d.pageErrors); list('console', d.consoleErrors); return out; }
  out.push(`  bundle   ${sizes[r.name] ? rel(path.join(outDir, r.name + '.js')) : 'none'}`);
  out.push(`  script   ${r.scriptMs.toFixed(0)} ms = load ${d.loadScriptMs.toFixed(0)} + visit and leave ${r.visitScriptMs.toFixed(0)} (tasks ${r.taskMs.toFixed(0)} = ${d.loadTaskMs.toFixed(0)} + ${r.visitTaskMs.toFixed(0)}); the visit started at ${d.visitStartMs.toFixed(0)} ms`);
  list('long', d.longtasks, (t) => `${t.ms.toFixed(0)} ms at ${t.startMs.toFixed(0)} ms (${t.startMs < d.visitStartMs ? 'load' : 'visit'})`);
  list('page err', d.pageErrors);
  list('console', d.consoleErrors);
  list('requests', d.sinkLog);
  list('blocked', d.blocked);
  return out;
}

// ---------- interleaved runs ----------
const started = new Date(); const loads = [os.loadavg()[0]];
const loadTimer = setInterval(() => loads.push(os.loadavg()[0]), 10000);
const results = [];
for (let i = 0; i < RUNS; i++) for (const n of names) {
  const r = await runOne(n); r.round = i; results.push(r); loads.push(os.loadavg()[0]);
  console.error(r.ok ? `[${i + 1}/${RUNS}] ${n.padEnd(17)} script ${r.scriptMs.toFixed(0)} task ${r.taskMs.toFixed(0)} ms, long ${r.longN}/${r.longMs.toFixed(0)} ms, heap ${r.heapMB.toFixed(1)} MB, probe p95 ${r.probeP95.toFixed(1)} ms, sink ${r.sinkReqs} req ${r.sinkKB.toFixed(0)} KB, blocked ${r.blocked}, visit ${r.visitMs} ms${r.errors.length ? ', page error: ' + r.errors[0] : ''}`
    : `[${i + 1}/${RUNS}] ${n} FAILED: ${r.error}`);
  if (DEBUG) console.error(debugLines(r).join('\n'));
}
clearInterval(loadTimer); servers.close();

// ---------- report ----------
const median = (a) => { const s = a.slice().sort((x, y) => x - y), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (n, k) => { const v = results.filter((r) => r.name === n && r.ok).map((r) => r[k]); return v.length ? { med: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length } : null; };
const f = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const cell = (n, k, d = 0, ratio = true) => {
  const s = stat(n, k); if (!s) return 'n/a'; const b = stat('baseline', k);
  return `${f(s.med, d)} (${f(s.min, d)}–${f(s.max, d)})` + (ratio && b && b.med && n !== 'baseline' ? ` **${(s.med / b.med).toFixed(2)}×**` : '');
};
let chromiumVersion = '?'; try { chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch {}
const machine = { date: started.toISOString(), nproc: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, chromium: chromiumVersion,
  load: { min: Math.min(...loads), median: median(loads), max: Math.max(...loads) }, runs: RUNS, cpuThrottle: CPU };
const table = ['| Configuration | Script ms | Task ms | Long tasks (n / ms) | Heap after GC MB | Probe p95 / max ms | Sink requests / KB | gzip KiB |', '|---|--:|--:|--:|--:|--:|--:|--:|'];
for (const n of names) {
  if (!stat(n, 'scriptMs')) { table.push(`| ${n} | failed: ${results.find((r) => r.name === n)?.error} |||||||`); continue; }
  const m = (k, d) => f(stat(n, k).med, d);
  table.push(`| ${n} | ${cell(n, 'scriptMs')} | ${cell(n, 'taskMs')} | ${m('longN', 0)} / ${m('longMs', 0)} | ${cell(n, 'heapMB', 1)} | ${m('probeP95', 1)} / ${m('probeMax', 0)} | ${m('sinkReqs', 0)} / ${m('sinkKB', 1)} | ${sizes[n] ? kib(sizes[n].gzip) : '—'} |`);
}
const report = [`${started.toISOString()}, ${RUNS} interleaved runs, ${machine.nproc} CPUs, ${chromiumVersion}, Node ${process.version}, 1-min load average ${f(machine.load.min, 1)}–${f(machine.load.max, 1)} (median ${f(machine.load.median, 1)})`,
  '', table.join('\n'), '', sizeLines.join('\n')].join('\n');
console.log(report);
fs.mkdirSync(path.join(here, 'results'), { recursive: true });
const stamp = started.toISOString().replace(/[:.]/g, '-');
fs.writeFileSync(path.join(here, `results/${stamp}.json`), JSON.stringify({ machine, names, sizes, results }, null, 1));
fs.writeFileSync(path.join(here, `results/${stamp}.md`), report + '\n');
// A debug run (usually one run of a few configurations) leaves the published chart alone unless --chart is given.
if (!opt('no-chart') && (!DEBUG || opt('chart'))) {
  const rows = names.filter((n) => stat(n, 'scriptMs')).map((n) => ({ name: n, script: stat(n, 'scriptMs'), task: stat(n, 'taskMs'), gzip: sizes[n]?.gzip ?? 0 }));
  const file = path.resolve(root, opt('chart', 'docs/benchmarks-host-cost-peers.svg'));
  fs.writeFileSync(file, chartSvg(rows, `Main-thread script time (load + visit), median of ${RUNS} runs (bars: min–max), Chromium headless, ${started.toISOString().slice(0, 10)}`));
  console.error('chart:', path.relative(root, file));
}
