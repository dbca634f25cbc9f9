// Long tasks, attributed: the host-cost page, visit and configurations, with a Chromium trace over each
// run; every main-thread task over 50 ms is split into SDK script, page script, GC, layout/style,
// descheduled time and the rest (see analyze.mjs).
//
//   node bench/long-tasks/run.mjs [--runs 5] [--config baseline,sightline-full,...] [--chromium PATH] [--keep-traces] [--calibrate]
//
// Reuses bench/host-cost's page, configurations, harness (build, servers, visibility switch, visit,
// browser) and its installed node_modules; only the longtask observer and the lateness probe are left out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CONFIGS } from '../host-cost/configs.mjs';
import { buildBundles, launch, option, sleep, startServers, visit, VISIBILITY_SWITCH } from '../host-cost/harness.mjs';
import { analyze } from './analyze.mjs';
import { header, runLines, table } from './report.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const opt = (k, d) => option(argv, k, d);
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

// ---------- build (identifiers kept, so that profile frames name functions), servers, probes: bench/host-cost/harness.mjs ----------
const { scripts } = await buildBundles(names, path.join(here, 'dist'), { keepNames: true });
const servers = await startServers(scripts);
const ORIGIN = servers.origin;
const PROBES = `(() => { if (window.top !== window) return;
  window.__probe = {};
  ${VISIBILITY_SWITCH}
})();`;

// ---------- one run: fresh browser and profile, traced from navigation to the end of the hidden tab ----------
async function runOne(name, round) {
  servers.use(name);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'long-tasks-'));
  const context = await launch(profile, CHROMIUM);
  const load = [os.loadavg()[0]];
  try {
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
servers.close();

let chromiumVersion = '?'; try { chromiumVersion = execFileSync(CHROMIUM, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim(); } catch {}
const machine = { started: started.toISOString(), runs: RUNS, nproc: os.cpus().length, chromium: chromiumVersion, node: process.version, loads: results.flatMap((r) => r.load || []) };
const hasSdk = names.filter((n) => CONFIGS[n].entry);
const report = [header(machine), '', table(results, names, (n) => hasSdk.includes(n))].join('\n');
console.log(report);
fs.writeFileSync(path.join(here, `results/${stamp}.json`), JSON.stringify({ machine, names, hasSdk, origin: ORIGIN, results }, null, 1));
fs.writeFileSync(path.join(here, `results/${stamp}.md`), report + '\n');
