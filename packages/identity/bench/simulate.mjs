// Identity resolution simulation: synthetic visitors with cookie clears, WebKit purges, private
// windows, browser changes, family and public computers, and logins, fed to the resolver with and
// without device-signal merges. Run: npm run build -w @sightline/identity && npm run bench -w @sightline/identity
// Options through the environment: SIM_PEOPLE (10000), SIM_SEED (7).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { anonymous, createIdentityGraph, device, user } from '../dist/resolver/index.js';
import { measure } from './metrics.mjs';
import { buildWorld, play } from './world.mjs';

const people = Number(process.env.SIM_PEOPLE ?? 10_000);
const seed = Number(process.env.SIM_SEED ?? 7);
const world = buildWorld({ people, seed });

function run(records, options) {
  const started = performance.now();
  const graph = createIdentityGraph(options);
  for (const { anon, fingerprint, userId, reset } of records) {
    graph.touch(anonymous(anon));
    if (options.signals !== false) graph.link(anonymous(anon), device(fingerprint), 'device');
    if (userId) graph.link(anonymous(anon), user(userId), 'identify');
    if (reset) graph.link(anonymous(reset.previous), anonymous(reset.next), 'reset');
  }
  const result = measure(records, (anon) => graph.resolve(anonymous(anon)));
  return { ...result, ms: performance.now() - started };
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const rows = [];
for (const serverCookie of [false, true]) {
  const records = play(world, { serverCookie });
  const cookie = serverCookie ? 'script + server cookie' : 'script cookie only';
  rows.push([cookie, 'deterministic only', run(records, { allowProbabilistic: false, signals: false })]);
  for (const max of [2, 4, 8]) {
    rows.push([cookie, `+ device signal (max ${max} ids per signal)`, run(records, { allowProbabilistic: true, maxAnonymousIdsPerSignal: max })]);
  }
}

console.log(`${people} people, ${world.visits.length} visits over ${world.params.days} days, seed ${seed}`);
console.log(`${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'unknown CPU'} x${cpus().length}, Node ${process.version}\n`);
console.log('| anonymous id kept in | resolver | anonymous ids | re-identified, same browser | re-identified, any cause | false merges | false merges, personal browsers | mixed persons | time |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
for (const [cookie, mode, r] of rows) {
  const cells = [r.anonymousIds, `${pct(r.sameBrowser.rate)} of ${r.sameBrowser.count}`, `${pct(r.any.rate)} of ${r.any.count}`];
  cells.push(pct(r.falseMerge), pct(r.falseMergePersonal), pct(r.mixedPersons), `${Math.round(r.ms)} ms`);
  console.log(`| ${cookie} | ${mode} | ${cells.join(' | ')} |`);
}
