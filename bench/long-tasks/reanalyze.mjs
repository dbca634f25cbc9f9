// Redo the analysis of a finished run from its kept traces (run.mjs --keep-traces), without a browser:
//   node bench/long-tasks/reanalyze.mjs results/<start time>.json
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { analyze } from './analyze.mjs';
import { header, runLines, table } from './report.mjs';

const file = process.argv[2];
const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
const stamp = path.basename(file, '.json'), dir = path.dirname(file);
const results = saved.results.map((r) => {
  if (!r.ok) return r;
  const events = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, `${stamp}-trace-${r.name}-${r.round}.json.gz`)))).traceEvents;
  // the page's origin: saved with the run, or from the navigation in the trace
  const origin = saved.origin || events.find((e) => String(e.args?.data?.url).includes('/checkout?config=')).args.data.url.split('/checkout')[0];
  const { name, round, visitMs, load, errors } = r;
  const out = { name, round, ok: true, visitMs, load, errors, ...analyze(events, { sdkUrl: `${origin}/sdk/`, pageOrigin: origin }) };
  console.error(runLines(out, `[${round + 1}]`).join('\n'));
  return out;
});
// files written before the machine figures were saved: rebuild them from the runs
const machine = saved.machine || { started: stamp, runs: Math.max(...saved.results.map((r) => r.round)) + 1, nproc: '?', chromium: saved.chromium,
  node: process.version, loads: saved.results.flatMap((r) => r.load || []) };
const hasSdk = saved.hasSdk || saved.names.filter((n) => n !== 'baseline');
console.log([header(machine), '', table(results, saved.names, (n) => hasSdk.includes(n))].join('\n'));
