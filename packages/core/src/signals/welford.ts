/** Running mean and population variance, Welford's update (spec §4.3 floating point). */
export interface Welford {
  n: number;
  mean: number;
  m2: number;
}

export const createWelford = (): Welford => ({ n: 0, mean: 0, m2: 0 });

export function welfordPush(w: Welford, x: number): void {
  w.n += 1;
  const delta = x - w.mean;
  w.mean += delta / w.n;
  w.m2 += delta * (x - w.mean);
}

export function welfordReset(w: Welford): void {
  w.n = w.mean = w.m2 = 0;
}

/** Coefficient of variation σ_pop/mean; null with no samples or a zero mean. */
export const welfordCv = (w: Welford): number | null => (w.n === 0 || w.mean === 0 ? null : Math.sqrt(w.m2 / w.n) / w.mean);
