export interface ReconnectPolicy {
  /** First delay after a failed or dropped connection. Default 500 ms. */
  initialMs?: number;
  /** Longest delay between attempts, also while probing from the fallback. Default 30 s. */
  maxMs?: number;
}

/** Doubling delay with ±20 % jitter, so tabs that lost the same server do not return in lockstep. */
export function reconnectDelay(attempt: number, policy: ReconnectPolicy, random: () => number = Math.random): number {
  const initial = policy.initialMs ?? 500;
  const max = policy.maxMs ?? 30_000;
  const base = Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
