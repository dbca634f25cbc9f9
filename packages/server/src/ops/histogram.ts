/** Upper bounds in seconds: store commits take milliseconds, a stalled store takes seconds. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

export interface Histogram {
  observe(seconds: number): void;
  /** Prometheus text lines for `name` (bucket, sum and count series). */
  lines(name: string): string[];
}

export function createHistogram(bounds: readonly number[] = LATENCY_BUCKETS): Histogram {
  const counts = new Array<number>(bounds.length).fill(0);
  let sum = 0;
  let count = 0;
  return {
    observe(seconds) {
      sum += seconds;
      count++;
      const i = bounds.findIndex((bound) => seconds <= bound);
      if (i >= 0) counts[i] = (counts[i] ?? 0) + 1;
    },
    lines(name) {
      let cumulative = 0;
      const buckets = bounds.map((bound, i) => {
        cumulative += counts[i] ?? 0;
        return `${name}_bucket{le="${bound}"} ${cumulative}`;
      });
      return [...buckets, `${name}_bucket{le="+Inf"} ${count}`, `${name}_sum ${sum}`, `${name}_count ${count}`];
    },
  };
}
