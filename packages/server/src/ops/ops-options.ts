import type { CorsPolicy } from '../http/cors';
import type { GeoOptions } from '../geo/country';
import type { LiveHub } from '../live/live-hub';
import type { WebSocketOptions } from '../ws/ws-options';
import type { Metrics } from './metrics';
import type { RateLimitOptions } from './rate-limiter';
import type { TimeoutOptions } from './timeouts';

/** The operational knobs of `buildApp`, all optional. */
export interface OpsOptions {
  /** Per-key token bucket; `false` turns limiting off. Default 1000 requests/s, burst 2000. */
  rateLimit?: RateLimitOptions | false;
  /** Allowed browser origins per project for ingest; unlisted projects accept any origin. */
  cors?: CorsPolicy;
  timeouts?: Partial<TimeoutOptions>;
  ws?: Partial<WebSocketOptions>;
  /** Pass your own to read the counters from code; one is created otherwise. */
  metrics?: Metrics;
  /** Pass your own to publish or subscribe from code; one is created otherwise. */
  hub?: LiveHub;
  /** Where the `country` segment comes from: a CDN/proxy header or a lookup function. Default none. */
  geo?: GeoOptions;
}
