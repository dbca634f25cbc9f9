/** Running mean and population variance (Welford, §4.3 floating point). */
export interface Welford {
  n: number;
  mean: number;
  m2: number;
}

export const createWelford = (): Welford => ({ n: 0, mean: 0, m2: 0 });

export function pushWelford(w: Welford, x: number): void {
  w.n += 1;
  const delta = x - w.mean;
  w.mean += delta / w.n;
  w.m2 += delta * (x - w.mean);
}

/** σ_pop / mean, or null when undefined. */
export const coefficientOfVariation = (w: Welford): number | null =>
  w.n > 0 && w.mean !== 0 ? Math.sqrt(w.m2 / w.n) / w.mean : null;
