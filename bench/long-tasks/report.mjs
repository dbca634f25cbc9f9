// Text output shared by run.mjs (live runs) and reanalyze.mjs (kept traces): one line per run, the table.
import { BUCKETS } from './analyze.mjs';

export const f = (x, d = 0) => x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
export const median = (a) => { if (!a.length) return NaN; const s = a.slice().sort((x, y) => x - y), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const range = (v, d = 0) => `${f(median(v), d)} (${f(Math.min(...v), d)}–${f(Math.max(...v), d)})`;

export function runLines(r, label) {
  if (!r.ok) return [`${label} ${r.name} FAILED: ${r.error}`];
  const sum = (k) => r.long.reduce((s, t) => s + t[k], 0);
  const L = r.longest, M = r.maxTask;
  const out = [`${label} ${r.name.padEnd(17)} load ${f(r.load[0], 1)}, ${r.samples} samples every ${f(r.intervalUs)} µs, ${r.tasks} tasks, long ${r.long.length} / ${f(sum('ms'))} ms`
    + ` (SDK ${f(sum('sdk'), 1)}, page ${f(sum('page'), 1)}, GC ${f(sum('gc'), 1)}, layout ${f(sum('layout'), 1)}, descheduled ${f(sum('descheduled'), 1)}),`
    + ` SDK script in all tasks ${f(r.sdkTotalMs)} ms, longest SDK stretch ${f(L.cpuMs, 1)} ms CPU (${f(L.wallMs, 1)} wall, in a ${f(L.taskMs || 0)} ms task${L.fns.length ? ': ' + L.fns.join('; ') : ''}),`
    + ` most SDK script in one task ${f(M.cpuMs, 1)} ms CPU (${f(M.wallMs, 1)} wall, in a ${f(M.taskMs)} ms task${M.fns.length ? ': ' + M.fns.join('; ') : ''})`
    + (r.maxVisitTask ? `, during the visit ${f(r.maxVisitTask.cpuMs, 1)} ms CPU (${f(r.maxVisitTask.wallMs, 1)} wall${r.maxVisitTask.fns.length ? ': ' + r.maxVisitTask.fns.join('; ') : ''})` : '')
    + (r.errors?.length ? ', page error: ' + r.errors[0] : '')];
  for (const t of r.long) out.push(`      ${f(t.ms).padStart(4)} ms${t.inVisit ? ' (visit)' : ''}: ` + BUCKETS.filter((k) => t[k] >= 0.05).map((k) => `${k} ${f(t[k], 1)}`).join(', ')
    + (t.offCpuMs != null ? ` | off CPU by thread time ${f(t.offCpuMs, 1)}` : '') + (t.sdkFns.length ? ` | SDK wall ${f(t.sdkWall, 1)}: ${t.sdkFns.join('; ')}` : ''));
  return out;
}

// hasSdk(name): whether the configuration loads a script (the baseline has none)
export function table(results, names, hasSdk) {
  const out = ['| configuration | long tasks n | long tasks ms | … SDK script | … page script | … HTML parse | … layout/style | … GC | … other | … descheduled | SDK script, all tasks | most SDK script in one task, CPU (wall) | … during the visit | longest SDK stretch, CPU (wall) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|'];
  for (const n of names) {
    const rs = results.filter((r) => r.name === n && r.ok); if (!rs.length) { out.push(`| ${n} | failed ||||||||||||`); continue; }
    const per = (...ks) => rs.map((r) => r.long.reduce((s, t) => s + ks.reduce((a, k) => a + (k === 'n' ? 1 : t[k]), 0), 0));
    const sdk = (x) => (hasSdk(n) ? x : '—');
    const worst = rs.map((r) => r.longest).sort((a, b) => b.cpuMs - a.cpuMs)[0];
    const worstTask = rs.map((r) => r.maxTask).sort((a, b) => b.cpuMs - a.cpuMs)[0];
    const worstVisit = rs.every((r) => r.maxVisitTask) ? rs.map((r) => r.maxVisitTask).sort((a, b) => b.cpuMs - a.cpuMs)[0] : null;
    out.push(`| ${n} | ${range(per('n'))} | ${range(per('ms'))} | ${sdk(range(per('sdk'), 1))} | ${range(per('page'), 1)} | ${range(per('parse'), 1)} | ${range(per('layout'), 1)}`
      + ` | ${range(per('gc'), 1)} | ${range(per('native', 'otherScript', 'unsampled'), 1)} | ${range(per('descheduled'), 1)}`
      + ` | ${sdk(range(rs.map((r) => r.sdkTotalMs)))}`
      + ` | ${sdk(`${range(rs.map((r) => r.maxTask.cpuMs), 1)}; max ${f(worstTask.cpuMs, 1)} (${f(worstTask.wallMs, 1)})`)}`
      + ` | ${sdk(worstVisit ? `${range(rs.map((r) => r.maxVisitTask.cpuMs), 1)}; max ${f(worstVisit.cpuMs, 1)} (${f(worstVisit.wallMs, 1)})` : 'n/a')}`
      + ` | ${sdk(`${range(rs.map((r) => r.longest.cpuMs), 1)}; max ${f(worst.cpuMs, 1)} (${f(worst.wallMs, 1)})`)} |`);
  }
  return out.join('\n');
}

export const header = (m) => `${m.started}, ${m.runs} interleaved runs, ${m.nproc} CPUs, ${m.chromium}, Node ${m.node}, `
  + `1-min load average ${f(Math.min(...m.loads), 1)}–${f(Math.max(...m.loads), 1)} (median ${f(median(m.loads), 1)}); medians (min–max) of the per-run figures, in ms`;
