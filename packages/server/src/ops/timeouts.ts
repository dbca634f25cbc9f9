export interface TimeoutOptions {
  /** Time for a client to send the complete request head; slow-loris defence. Default 10 s. */
  headerMs: number;
  /** Time for a whole request, body included. Default 30 s. */
  requestMs: number;
  /** How long a keep-alive connection may sit idle between requests. Default 5 s. */
  idleMs: number;
}

export const DEFAULT_TIMEOUTS: TimeoutOptions = { headerMs: 10_000, requestMs: 30_000, idleMs: 5000 };

/**
 * Fastify options that enforce the timeouts. Node checks header and request timeouts on a
 * timer (30 s by default), which would stretch a 10 s header timeout to 40; so the timer runs
 * at a quarter of the shortest timeout.
 */
export function timeoutServerOptions(given: Partial<TimeoutOptions> = {}) {
  const t = { ...DEFAULT_TIMEOUTS, ...given };
  const headerMs = Math.min(t.headerMs, t.requestMs);
  return {
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.idleMs,
    http: {
      headersTimeout: headerMs,
      connectionsCheckingInterval: Math.max(50, Math.min(30_000, Math.floor(headerMs / 4))),
    },
  };
}
