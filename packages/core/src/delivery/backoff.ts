export interface BackoffPolicy {
  initialMs: number;
  maxMs: number;
  multiplier: number;
  /** ± fraction of randomness, so many clients recovering together do not retry in lockstep. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 1000, maxMs: 60_000, multiplier: 2, jitter: 0.2 };

/** Delay before retry number `attempt` (1-based). A server's `Retry-After` is a floor, never shortened. */
export function backoffDelay(attempt: number, policy: BackoffPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  const base = Math.min(policy.maxMs, policy.initialMs * policy.multiplier ** Math.max(0, attempt - 1));
  const jittered = base * (1 - policy.jitter + 2 * policy.jitter * random());
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}
