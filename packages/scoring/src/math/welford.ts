/** Running mean and population variance, Welford's update as §4.3 prescribes. */
export interface Welford {
  n: number;
  mean: number;
  m2: number;
}

export function createWelford(): Welford {
  return { n: 0, mean: 0, m2: 0 };
}

export function welfordPush(w: Welford, x: number): void {
  w.n += 1;
  const delta = x - w.mean;
  w.mean += delta / w.n;
  w.m2 += delta * (x - w.mean);
}

export function welfordReset(w: Welford): void {
  w.n = 0;
  w.mean = 0;
  w.m2 = 0;
}

/** Coefficient of variation σ_pop/mean; null with no samples or a zero mean. */
export function welfordCv(w: Welford): number | null {
  if (w.n === 0 || w.mean === 0) return null;
  return Math.sqrt(w.m2 / w.n) / w.mean;
}
