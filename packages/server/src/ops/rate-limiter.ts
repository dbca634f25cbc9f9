export interface RateLimitOptions {
  /** Requests (HTTP requests or WS batch frames) per second per key, refilled continuously. */
  perSecond: number;
  /** Bucket size: how many may arrive at once after a quiet spell. */
  burst: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 1000, burst: 2000 };

export interface RateLimiter {
  /** Takes one token for `key`: 0 when allowed, else the milliseconds until one is available. */
  take(key: string): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per key. Only keys that resolved to an active record reach it, so the map is
 * bounded by the number of keys, not by what clients make up.
 */
export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = options.perSecond / 1000;
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: t };
      bucket.tokens = Math.min(options.burst, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      // The epsilon keeps float error (1.0000000000000009 ms) from adding a whole millisecond.
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs - 1e-9));
    },
  };
}

/** For when limiting is turned off. */
export const unlimited: RateLimiter = { take: () => 0 };
