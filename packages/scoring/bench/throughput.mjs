// Throughput of all 26 models over a synthetic stream, on the built package.
// Run: npm run build -w @sightline/scoring && node packages/scoring/bench/throughput.mjs
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createScorer } from '../dist/index.js';

const N = Number(process.env.BENCH_INPUTS ?? 500_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** Deterministic PRNG (mulberry32) so every run sees the same stream. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stream(n) {
  const r = rng(42);
  const cta = { selector: '#buy', tag: 'button', cta: true, topic: 'pricing' };
  const link = { selector: 'a.more', tag: 'a', excluded: true, topic: 'docs' };
  const email = { selector: '#email', tag: 'input', editable: true, form: 'form#f' };
  const out = [
    { kind: 'env', t: 0, webdriver: false, userAgent: 'Mozilla/5.0', languagesLength: 2, pluginsLength: 5,
      isChromeDesktop: true, outerWidth: 1280, outerHeight: 800, hasFocus: true },
    { kind: 'pageview', t: 0, url: '/', navType: 'navigate' },
    { kind: 'cta_register', t: 0, ctas: Array.from({ length: 6 }, (_, i) => ({ selector: i ? `#cta${i}` : '#buy', rect: { left: 100 + 150 * i, top: 400, width: 120, height: 40 } })) },
    { kind: 'form_register', t: 0, form: 'form#f', fields: [{ selector: '#email', required: true, private: false, length: 0 }] },
  ];
  let t = 0, x = 500, y = 300, sy = 0, len = 0, visible = true;
  while (out.length < n) {
    t += 1 + Math.floor(r() * 30);
    const p = r();
    if (p < 0.6) {
      x = Math.max(0, Math.min(1279, x + Math.round((r() - 0.5) * 40)));
      y = Math.max(0, Math.min(799, y + Math.round((r() - 0.5) * 30)));
      out.push({ kind: 'move', t, x, y, isTrusted: true });
    } else if (p < 0.85) {
      sy = Math.max(0, sy + Math.round((r() - 0.35) * 120));
      out.push({ kind: 'scroll', t, y: sy, H: 800, D: 12000 });
    } else if (p < 0.88) {
      out.push({ kind: 'click', t, x, y, target: r() < 0.5 ? cta : link, detail: 1, isTrusted: true });
    } else if (p < 0.92) {
      out.push({ kind: 'keydown', t, category: 'char', isTrusted: true });
    } else if (p < 0.94) {
      len = Math.max(0, len + (r() < 0.8 ? 1 : -1));
      out.push({ kind: 'input', t, target: email, inputType: r() < 0.8 ? 'insertText' : 'deleteContentBackward', valueLength: len, isTrusted: true });
    } else if (p < 0.95) {
      out.push({ kind: r() < 0.5 ? 'focus' : 'blur', t, target: email });
    } else if (p < 0.965) {
      out.push({ kind: 'mutation', t });
    } else if (p < 0.98) {
      out.push(r() < 0.5 ? { kind: 'hover_enter', t, target: cta, x, y } : { kind: 'hover_leave', t, target: cta });
    } else if (p < 0.99) {
      out.push({ kind: 'sel_change', t, length: Math.floor(r() * 20), target: link });
    } else if (p < 0.995) {
      visible = !visible;
      out.push({ kind: 'vis', t, state: visible ? 'visible' : 'hidden' });
    } else if (p < 0.998) {
      out.push({ kind: 'clip', t, clip: 'copy', target: link, length: 12, targetEditable: false });
    } else {
      out.push({ kind: 'pageview', t, url: r() < 0.5 ? '/a' : '/b', navType: r() < 0.3 ? 'back_forward' : 'navigate' });
    }
  }
  return out;
}

const inputs = stream(N);
const counts = {};
for (const i of inputs) counts[i.kind] = (counts[i.kind] ?? 0) + 1;

/** One timed pass: wall ms, and CPU ms of this process (steadier on a shared machine). */
function once() {
  const scorer = createScorer();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) scorer.push(inputs[i]);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  scorer.scores(inputs[inputs.length - 1].t);
  return { wall, cpu: (c.user + c.system) / 1000 };
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
once(); // warm-up
const runs = Array.from({ length: RUNS }, once);
const wall = median(runs.map((r) => r.wall));
const cpu = median(runs.map((r) => r.cpu));
const ns = (ms) => Number(((ms * 1e6) / inputs.length).toFixed(1));
console.log(JSON.stringify({
  date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model,
  loadavg1: Number(loadavg()[0].toFixed(2)), models: createScorer().ids.length, inputs: inputs.length, runs: RUNS,
  medianWallMs: Number(wall.toFixed(1)), inputsPerSec: Math.round(inputs.length / (wall / 1000)), nsPerInput: ns(wall),
  medianCpuMs: Number(cpu.toFixed(1)), nsPerInputCpu: ns(cpu), mix: counts,
}, null, 1));
