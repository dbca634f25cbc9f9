export interface WebSocketOptions {
  /** Time a new connection has to present its key. Default 5 s. */
  authTimeoutMs: number;
  /** Ping interval; a client that misses one ping is dropped. Default 30 s. */
  heartbeatMs: number;
  /** Batches stored at once per ingest connection before the server stops reading it. Default 16. */
  maxInFlight: number;
  /** Bytes queued for a live subscriber past which it is closed with 1013. Default 1 MiB. */
  liveMaxBufferedBytes: number;
  /** On shutdown, how long ingest connections get to have their batches stored. Default 10 s. */
  drainTimeoutMs: number;
}

export const DEFAULT_WS_OPTIONS: WebSocketOptions = {
  authTimeoutMs: 5000,
  heartbeatMs: 30_000,
  maxInFlight: 16,
  liveMaxBufferedBytes: 1024 * 1024,
  drainTimeoutMs: 10_000,
};
