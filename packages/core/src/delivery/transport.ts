import type { Batch } from '../event/types';
import type { Environment } from '../env/environment';
import type { Clock } from '../env/clock';

/**
 * What a transport reports for one batch. Transports are dumb: they never retry themselves,
 * they say what happened and core decides (retry, split, drop).
 */
export type SendResult =
  | { status: 'delivered' }
  /** Try again later; `afterMs` comes from `Retry-After` when the server sent one. */
  | { status: 'retry'; reason: string; afterMs?: number }
  /** Never retry this batch as it is. `reason: 'too_large'` makes core split it. */
  | { status: 'rejected'; reason: string };

export interface SendOptions {
  /** The page is going away: use a path that survives unload (beacon, keepalive). */
  urgent: boolean;
}

export interface Transport {
  readonly name: string;
  send(batch: Batch, options: SendOptions): Promise<SendResult>;
  shutdown?(): Promise<void>;
}

/** What a transport factory gets from the client it is wired into. */
export interface TransportContext {
  projectKey: string;
  endpoint: string | undefined;
  env: Environment | undefined;
  clock: Clock;
  onError(error: unknown): void;
  /** The transport's connection is back (a socket reopened): drop the backoff and send what waits. */
  resume(): void;
}

/** Transports are passed to `createClient` as factories, so they share the client's config. */
export type TransportFactory = (context: TransportContext) => Transport;
