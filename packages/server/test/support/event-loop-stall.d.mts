export interface StallMeasure<T> {
  result: T;
  /** The longest the event loop went without running a 5 ms timer, in ms. */
  stall: number;
  /** Wall time of `work`, in ms. */
  ms: number;
  /** Time the event loop was busy meanwhile, in ms. */
  busyMs: number;
}

export function measureStall<T>(work: () => Promise<T>): Promise<StallMeasure<T>>;
