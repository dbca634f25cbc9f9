import type { Clock, SendResult, TimerHandle } from '@sightline/core';

interface Waiter {
  resolve(result: SendResult): void;
  timer: TimerHandle;
  bytes: number;
}

export interface PendingAcks {
  /** Resolves when `seq` is answered, the connection drops, or `timeoutMs` passes (`onTimeout` runs). */
  wait(seq: number, bytes: number, timeoutMs: number, onTimeout: () => void): Promise<SendResult>;
  settle(seq: number, result: SendResult): void;
  /** Settles every waiter; the largest gets `largest` when given (a frame the server found too big). */
  settleAll(result: SendResult, largest?: SendResult): void;
  readonly size: number;
}

/** Batches sent on the socket and not yet answered, by sequence id. */
export function createPendingAcks(clock: Clock): PendingAcks {
  const waiters = new Map<number, Waiter>();
  const settle = (seq: number, result: SendResult) => {
    const waiter = waiters.get(seq);
    if (!waiter) return;
    waiters.delete(seq);
    clock.clearTimeout(waiter.timer);
    waiter.resolve(result);
  };
  return {
    wait(seq, bytes, timeoutMs, onTimeout) {
      return new Promise<SendResult>((resolve) => {
        const timer = clock.setTimeout(() => {
          settle(seq, { status: 'retry', reason: 'ws_ack_timeout' });
          onTimeout();
        }, timeoutMs);
        waiters.set(seq, { resolve, timer, bytes });
      });
    },
    settle,
    settleAll(result, largest) {
      let biggest: number | undefined;
      if (largest) for (const [seq, waiter] of waiters) if (biggest === undefined || waiter.bytes > waiters.get(biggest)!.bytes) biggest = seq;
      for (const seq of [...waiters.keys()]) settle(seq, seq === biggest && largest ? largest : result);
    },
    get size() {
      return waiters.size;
    },
  };
}
