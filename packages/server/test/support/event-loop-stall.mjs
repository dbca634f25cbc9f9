// Plain JavaScript so the benchmarks (run by node, no build) and the tests share one measure.

/** Runs `work` and reports the longest gap of a 5 ms timer meanwhile, the event loop's busy time and the wall time. */
export async function measureStall(work) {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const elu = performance.eventLoopUtilization();
  const started = performance.now();
  try {
    const result = await work();
    return { result, stall, ms: performance.now() - started, busyMs: performance.eventLoopUtilization(elu).active };
  } finally {
    clearInterval(timer);
  }
}
