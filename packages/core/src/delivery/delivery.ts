import { EVENT_VERSION, type Batch } from '../event/types';
import type { Clock, TimerHandle } from '../env/clock';
import type { Environment } from '../env/environment';
import type { Outbox, OutboxEntry } from '../outbox/outbox';
import type { DiagnosticsCounter } from '../outbox/diagnostics';
import type { ResolvedConfig } from '../client/config';
import type { SendResult, Transport } from './transport';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff';
import { withFlushLock } from './flush-lock';

/** The browser's keepalive/beacon budget is 64 KiB per page; stay under it with headroom. */
export const UNLOAD_BODY_LIMIT = 60_000;
const BATCH_OVERHEAD_BYTES = 64;
/** The longest core waits for a transport to answer one batch. */
export const SEND_DEADLINE_MS = 30_000;

export interface Delivery {
  /** An event entered the outbox: flush now if a batch is full, otherwise within the interval. */
  notify(): void;
  /** The network is back: forget the backoff and send now. */
  resume(): void;
  /** Send what is waiting. `urgent` (page hide) sends within the unload budget and does not wait. */
  flush(urgent?: boolean): Promise<void>;
  stop(): void;
}

export interface DeliveryDeps {
  config: ResolvedConfig;
  outbox: Outbox;
  transport: Transport | undefined;
  clock: Clock;
  env: Environment | undefined;
  diagnostics: DiagnosticsCounter;
  reportError(error: unknown): void;
}

/**
 * The batcher: takes events from the outbox, sends them through the transport, and acts on the
 * result. Retry, splitting and dropping live here, once, so transports stay dumb.
 */
export function createDelivery(deps: DeliveryDeps): Delivery {
  const { config, outbox, transport, clock, diagnostics } = deps;
  let timer: TimerHandle | undefined;
  let retryTimer: TimerHandle | undefined;
  let attempt = 0;
  let running: Promise<void> | undefined;
  let followUp: Promise<void> | undefined;
  let stopped = false;
  // Identifies this tab's delivery in the cross-tab flush lease.
  const owner = `${clock.now()}-${Math.random().toString(36).slice(2)}`;
  /** Another tab held the flush lease: look again after a short while. */
  const LEASE_RETRY_MS = 1000;

  const batchOf = (entries: readonly OutboxEntry[]): Batch => ({
    v: EVENT_VERSION,
    sentAt: clock.now(),
    events: entries.map((entry) => entry.event),
  });

  /**
   * One batch through the transport, with a deadline: a transport whose promise never settles
   * would otherwise stall delivery for good. Sent again after the deadline, a batch that did
   * arrive is stored once: the server de-duplicates.
   */
  const send = async (entries: OutboxEntry[], urgent: boolean): Promise<SendResult> => {
    let deadline: TimerHandle | undefined;
    const timedOut = new Promise<SendResult>((resolve) => {
      deadline = clock.setTimeout(() => resolve({ status: 'retry', reason: 'timeout' }), SEND_DEADLINE_MS);
    });
    try {
      return await Promise.race([transport!.send(batchOf(entries), { urgent }), timedOut]);
    } catch (error) {
      deps.reportError(error);
      return { status: 'retry', reason: 'transport_error' };
    } finally {
      clock.clearTimeout(deadline);
    }
  };

  /** Returns false when delivery should pause (the server asked us to come back later). */
  const deliver = async (entries: OutboxEntry[], urgent: boolean): Promise<boolean> => {
    const result = await send(entries, urgent);
    if (result.status === 'delivered') {
      outbox.remove(entries);
      diagnostics.delivered(entries.length);
      attempt = 0;
      return true;
    }
    if (result.status === 'retry') {
      outbox.release(entries);
      if (!urgent) scheduleRetry(result.afterMs);
      return false;
    }
    if (result.reason === 'too_large' && entries.length > 1) {
      // Split in half until each part fits; a single event that still does not fit is dropped.
      const half = Math.ceil(entries.length / 2);
      const rest = entries.slice(half);
      outbox.release(rest);
      const ok = await deliver(entries.slice(0, half), urgent);
      if (!ok) return false;
      return deliver(outbox.take(rest.length, Number.POSITIVE_INFINITY), urgent);
    }
    outbox.remove(entries);
    diagnostics.dropped(result.reason === 'too_large' ? 'too_large' : 'rejected', entries.length);
    return true;
  };

  const scheduleRetry = (afterMs?: number) => {
    if (stopped || retryTimer !== undefined) return;
    attempt++;
    retryTimer = clock.setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, backoffDelay(attempt, DEFAULT_BACKOFF, afterMs));
  };

  const drain = async (renewLock: () => void) => {
    while (!stopped && retryTimer === undefined) {
      renewLock();
      const entries = outbox.take(config.batch.maxEvents, config.batch.maxBytes - BATCH_OVERHEAD_BYTES);
      if (entries.length === 0) return;
      if (!(await deliver(entries, false))) return;
    }
  };

  const sendUrgently = async () => {
    // Everything in flight at once must fit the page's keepalive budget; the rest stays persisted.
    let budget = UNLOAD_BODY_LIMIT;
    const sends: Promise<boolean>[] = [];
    while (budget > BATCH_OVERHEAD_BYTES) {
      const entries = outbox.take(config.batch.maxEvents, budget - BATCH_OVERHEAD_BYTES);
      if (entries.length === 0) break;
      const bytes = entries.reduce((sum, entry) => sum + entry.bytes, BATCH_OVERHEAD_BYTES);
      if (bytes > budget) {
        outbox.release(entries);
        break;
      }
      budget -= bytes;
      sends.push(deliver(entries, true));
    }
    await Promise.all(sends);
  };

  const flush = (urgent = false): Promise<void> => {
    if (!transport || stopped) return Promise.resolve();
    if (timer !== undefined) {
      clock.clearTimeout(timer);
      timer = undefined;
    }
    if (urgent) return sendUrgently();
    // Callers that arrive mid-flush share one follow-up flush that starts after it, so their
    // events are covered. Sharing matters: a flush per caller (one per event past a full batch)
    // would queue hundreds of flushes, each taking the cross-tab lock and starving other tabs.
    if (running) {
      followUp ??= running.then(() => {
        followUp = undefined;
        return flush();
      });
      return followUp;
    }
    running = withFlushLock(deps.env, `sightline:flush:${config.projectKey}`, owner, clock, drain)
      .then((outcome) => {
        if (!outcome.ran) scheduleFlush(LEASE_RETRY_MS);
      })
      .catch(deps.reportError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  function scheduleFlush(ms: number) {
    if (stopped || timer !== undefined || retryTimer !== undefined) return;
    timer = clock.setTimeout(() => {
      timer = undefined;
      void flush();
    }, ms);
  }

  return {
    notify() {
      if (!transport || stopped) return;
      if (outbox.waiting >= config.batch.maxEvents) void flush();
      else scheduleFlush(config.batch.intervalMs);
    },
    resume() {
      if (retryTimer !== undefined) clock.clearTimeout(retryTimer);
      retryTimer = undefined;
      attempt = 0;
      void flush();
    },
    flush,
    stop() {
      stopped = true;
      if (timer !== undefined) clock.clearTimeout(timer);
      if (retryTimer !== undefined) clock.clearTimeout(retryTimer);
      timer = retryTimer = undefined;
    },
  };
}
