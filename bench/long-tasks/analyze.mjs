// Attribution of the renderer main thread's long tasks, from one Chromium trace (Tracing.start with
// devtools.timeline + v8.execute + the V8 CPU profiler's samples). Pure: trace events in, figures out.
//
// Every CPU-profile sample inside a task is put in one bucket, by the innermost stack frame that has a
// script URL (so a native call such as getBoundingClientRect or JSON.stringify counts for the script that
// made it): the SDK's bundle, the page's own script, other script (the harness: its init script and
// Playwright's injected script), or, for
// samples outside JS, GC, layout/style/paint, HTML parsing and other native work (by the trace event the
// sample falls in). A sample stands for the time up to the next one. Of that time, only what the thread's
// own CPU clock advanced counts for the bucket; the rest is time the loaded machine did not run the thread
// (descheduled). The thread clock comes from the trace events' thread timestamps (tts, tdur) at every
// event's start and end on the thread, interpolated in between.

const LAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles', 'UpdateLayerTree', 'UpdateLayer', 'PrePaint', 'Paint',
  'PaintImage', 'Layerize', 'Commit', 'HitTest', 'ScheduleStyleRecalculation', 'IntersectionObserverController::computeIntersections',
  'ComputeIntersections', 'LocalFrameView::RunPostLifecycleSteps', 'LocalFrameView::UpdateLifecyclePhases']);
const GC = new Set(['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GCCompactor', 'V8.GCFinalizeMC', 'V8.GCIncrementalMarking',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY', 'BlinkGC.AtomicPhase', 'CppGC.AtomicPhase', 'BlinkGC.IncrementalMarkingStep', 'V8.GCMinorMS']);
const PARSE = new Set(['ParseHTML', 'ParseAuthorStyleSheet']);
// outside JS but for one script: its compilation and evaluation (a native sample there counts for that script)
const SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule']);
export const BUCKETS = ['sdk', 'page', 'otherScript', 'gc', 'layout', 'parse', 'native', 'descheduled', 'unsampled'];

const isX = (e) => e.ph === 'X' && typeof e.dur === 'number';

// The renderer main thread of the page under test: the CrRendererMain thread with the most events naming its URL.
function mainThread(events, pageOrigin) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`; if (!names.has(k)) continue;
    const u = e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.data?.frame?.url;
    if (typeof u === 'string' && u.startsWith(pageOrigin)) names.set(k, names.get(k) + 1);
  }
  let best = null, n = -1;
  for (const [k, c] of names) if (c > n) { best = k; n = c; }
  if (!best) throw new Error('no CrRendererMain thread in the trace');
  const [pid, tid] = best.split(':').map(Number);
  return { pid, tid };
}

// Samples of the CPU profile of that thread: [{ t (µs, trace clock), node }], sorted; nodes by id.
function samplesOf(events, { pid, tid }) {
  const profiles = new Map(); // id -> { startTime, tid, nodes, ids: sampled node ids, deltas: µs between samples }
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(e.id, { startTime: e.args.data.startTime, tid: e.tid, nodes: new Map(), ids: [], deltas: [] });
  }
  for (const e of events) {
    if (e.pid !== pid || e.name !== 'ProfileChunk') continue;
    const p = profiles.get(e.id); if (!p) continue;
    const cp = e.args.data.cpuProfile || {};
    for (const nd of cp.nodes || []) p.nodes.set(nd.id, nd);
    for (const s of cp.samples || []) p.ids.push(s);
    for (const d of e.args.data.timeDeltas || []) p.deltas.push(d);
  }
  // the main thread's profile: started on that thread, or else the one with the most samples
  let prof = [...profiles.values()].find((p) => p.tid === tid);
  if (!prof) prof = [...profiles.values()].sort((a, b) => b.ids.length - a.ids.length)[0];
  if (!prof) return { samples: [], nodes: new Map() };
  const samples = []; let t = prof.startTime;
  for (let i = 0; i < prof.ids.length; i++) { t += prof.deltas[i] ?? 0; samples.push({ t, node: prof.ids[i] }); }
  samples.sort((a, b) => a.t - b.t);
  return { samples, nodes: prof.nodes };
}

export function analyze(events, { sdkUrl, pageOrigin, longMs = 50 }) {
  const thread = mainThread(events, pageOrigin);
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && isX(e)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // top-level tasks only (a nested run loop shows RunTask inside RunTask)
  const tasks = []; let end = -Infinity;
  for (const e of own) if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') { if (e.ts >= end) { tasks.push(e); end = e.ts + e.dur; } }
  const spans = own.filter((e) => LAYOUT.has(e.name) || GC.has(e.name) || PARSE.has(e.name) || SCRIPT.has(e.name));
  const { samples, nodes } = samplesOf(events, thread);

  // nominal sampling interval: the median gap between samples
  const gaps = []; for (let i = 1; i < samples.length; i++) gaps.push(samples[i].t - samples[i - 1].t);
  gaps.sort((a, b) => a - b);
  const interval = gaps.length ? gaps[gaps.length >> 1] : 1000;
  // the thread's CPU clock as a function of wall time, from every event's (ts, tts) and (end, tts + tdur)
  const pts = [];
  for (const e of own) if (typeof e.tts === 'number') { pts.push([e.ts, e.tts]); if (typeof e.tdur === 'number') pts.push([e.ts + e.dur, e.tts + e.tdur]); }
  pts.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < pts.length; i++) if (pts[i][1] < pts[i - 1][1]) pts[i][1] = pts[i - 1][1];
  const cpuAt = (t) => {
    if (!pts.length) return t;
    let lo = 0, hi = pts.length - 1;
    if (t <= pts[0][0]) return pts[0][1] - (pts[0][0] - t);
    if (t >= pts[hi][0]) return pts[hi][1] + (t - pts[hi][0]);
    while (hi - lo > 1) { const m = (lo + hi) >> 1; if (pts[m][0] <= t) lo = m; else hi = m; }
    const [a, ta] = pts[lo], [b, tb] = pts[hi];
    return b === a ? ta : ta + (t - a) * Math.min(1, (tb - ta) / (b - a));
  };

  const cls = new Map(); // node id -> { bucket, fn } (fn: innermost SDK function, for the report)
  const classify = (id) => {
    if (cls.has(id)) return cls.get(id);
    const leaf = nodes.get(id); let r;
    const name = leaf?.callFrame?.functionName;
    if (name === '(garbage collector)') r = { bucket: 'gc' };
    else if (name === '(program)' || name === '(root)' || name === '(idle)') r = { bucket: 'native' };
    else {
      let n = leaf; while (n && !n.callFrame?.url) n = nodes.get(n.parent);
      const url = n?.callFrame?.url || '';
      if (!url) r = { bucket: 'otherScript' };
      else if (url.startsWith(sdkUrl)) r = { bucket: 'sdk', fn: `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.columnNumber}` };
      else if (url.startsWith(pageOrigin) && !url.includes('/sdk/')) r = { bucket: 'page' };
      else r = { bucket: 'otherScript' };
    }
    cls.set(id, r); return r;
  };
  // native samples: which trace event (layout, GC, parse) they fall in; spans are sorted by start
  let si = 0; const open = [];
  const nativeKind = (t) => {
    while (si < spans.length && spans[si].ts <= t) open.push(spans[si++]);
    for (let k = open.length - 1; k >= 0; k--) if (open[k].ts + open[k].dur < t) open.splice(k, 1);
    let best = null; for (const s of open) if (!best || s.dur < best.dur) best = s; // innermost
    if (!best) return 'native';
    if (SCRIPT.has(best.name)) {
      const url = best.args?.data?.url || best.args?.fileName || '';
      return url.startsWith(sdkUrl) ? 'sdk' : url.startsWith(pageOrigin) ? 'page' : 'native';
    }
    return GC.has(best.name) ? 'gc' : PARSE.has(best.name) ? 'parse' : 'layout';
  };
  // each sample's interval, bucket and CPU part (the rest of a long gap is descheduled)
  const iv = samples.map((s, i) => {
    const next = i + 1 < samples.length ? samples[i + 1].t : s.t + interval;
    const c = classify(s.node);
    const bucket = c.bucket === 'native' ? nativeKind(s.t) : c.bucket;
    const fn = bucket === 'sdk' && !c.fn ? '(compile or evaluate)' : c.fn;
    const d = next - s.t, run = Math.max(0, Math.min(d, cpuAt(next) - cpuAt(s.t)));
    return { t: s.t, end: next, run, bucket, fn };
  });
  // the task each sample falls in (-1: between tasks), so that a stretch never spans two tasks
  let ti = 0;
  for (const x of iv) {
    while (ti < tasks.length && tasks[ti].ts + tasks[ti].dur < x.t) ti++;
    x.task = ti < tasks.length && tasks[ti].ts <= x.t ? ti : -1;
  }

  // the longest stretch of consecutive SDK samples anywhere on the thread
  let longest = { cpuMs: 0, wallMs: 0, atUs: 0, fns: [] }, cur = null;
  const closeStretch = () => {
    if (cur && cur.cpu / 1000 > longest.cpuMs) {
      const top = Object.entries(cur.fns).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, us]) => `${f} ${(us / 1000).toFixed(1)} ms`);
      const task = tasks[cur.task];
      longest = { cpuMs: cur.cpu / 1000, wallMs: (cur.end - cur.start) / 1000, atUs: cur.start, taskMs: task.dur / 1000, fns: top };
    }
    cur = null;
  };
  for (const x of iv) {
    if (x.bucket !== 'sdk' || x.task < 0 || (cur && cur.task !== x.task)) closeStretch();
    if (x.bucket !== 'sdk' || x.task < 0) continue;
    if (!cur) cur = { start: x.t, end: x.end, cpu: 0, fns: {}, task: x.task };
    cur.end = x.end; cur.cpu += x.run; cur.fns[x.fn] = (cur.fns[x.fn] || 0) + x.run;
  }
  closeStretch();

  // the task with the most SDK script (CPU), over all tasks: does the SDK alone make a task long?
  const perTask = new Map();
  for (const x of iv) {
    if (x.bucket !== 'sdk' || x.task < 0) continue;
    const p = perTask.get(x.task) || { cpu: 0, wall: 0, fns: {} }; perTask.set(x.task, p);
    p.cpu += x.run; p.wall += x.end - x.t; p.fns[x.fn] = (p.fns[x.fn] || 0) + x.run;
  }
  // the same after the visit starts (console.timeStamp('visit-start')): what handling input costs, without init
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'visit-start');
  const visitUs = mark ? mark.ts : Infinity;
  const maxOf = (from) => {
    let m = { cpuMs: 0, wallMs: 0, taskMs: 0, fns: [] };
    for (const [k, p] of perTask) if (tasks[k].ts >= from && p.cpu / 1000 > m.cpuMs) {
      m = { cpuMs: p.cpu / 1000, wallMs: p.wall / 1000, taskMs: tasks[k].dur / 1000, atUs: tasks[k].ts,
        fns: Object.entries(p.fns).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f, us]) => `${f} ${(us / 1000).toFixed(1)} ms`) };
    }
    return m;
  };
  const maxTask = maxOf(-Infinity), maxVisitTask = mark ? maxOf(visitUs) : null;

  // per long task: the buckets, in ms of wall time
  let j = 0; const long = [];
  for (const task of tasks) {
    if (task.dur < longMs * 1000) continue;
    const a = task.ts, b = task.ts + task.dur, out = Object.fromEntries(BUCKETS.map((k) => [k, 0]));
    while (j < iv.length && iv[j].end <= a) j++;
    let covered = 0, sdkWall = 0; const fns = {};
    for (let k = j; k < iv.length && iv[k].t < b; k++) {
      const x = iv[k], s = Math.max(a, x.t), e = Math.min(b, x.end); if (e <= s) continue;
      const runPart = x.run * (e - s) / (x.end - x.t); // CPU part of this clipped interval
      out[x.bucket] += runPart; out.descheduled += (e - s) - runPart; covered += e - s;
      if (x.bucket === 'sdk') { fns[x.fn] = (fns[x.fn] || 0) + runPart; sdkWall += e - s; }
    }
    out.unsampled = task.dur - covered;
    for (const k of BUCKETS) out[k] /= 1000;
    // the kernel's view: wall minus thread CPU time of the task
    const offCpuMs = typeof task.tdur === 'number' ? (task.dur - task.tdur) / 1000 : null;
    long.push({ atUs: task.ts, inVisit: task.ts >= visitUs, ms: task.dur / 1000, offCpuMs, ...out, sdkWall: sdkWall / 1000,
      sdkFns: Object.entries(fns).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([f, us]) => `${f} ${(us / 1000).toFixed(1)} ms`) });
  }
  const sdkTotalMs = iv.reduce((s, x) => s + (x.bucket === 'sdk' ? x.run : 0), 0) / 1000;
  return { thread, samples: samples.length, intervalUs: interval, tasks: tasks.length, long, longest, maxTask, maxVisitTask, sdkTotalMs };
}
