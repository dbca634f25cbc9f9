import type { Clock, TimerHandle } from '../env/clock';

export interface FakeClock extends Clock {
  /** Move time forward, firing due timers in order, and let promise callbacks settle after each. */
  advance(ms: number): Promise<void>;
  /** Timers scheduled and not yet fired or cleared. */
  readonly pendingTimers: number;
}

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

/** Lets every promise callback already queued run: a real macrotask comes after all microtasks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A clock that moves only when told to: for deterministic tests of batching, sessions and retries. */
export function createFakeClock(startMs = Date.UTC(2026, 0, 1)): FakeClock {
  let now = startMs;
  let seq = 0;
  const timers = new Map<number, Timer>();
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), seq: id, callback });
      return id as TimerHandle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const end = now + ms;
      for (;;) {
        await settle();
        let next: Timer | undefined;
        for (const timer of timers.values()) {
          if (timer.at <= end && (!next || timer.at < next.at || (timer.at === next.at && timer.seq < next.seq))) next = timer;
        }
        if (!next) break;
        timers.delete(next.seq);
        now = Math.max(now, next.at);
        next.callback();
      }
      now = end;
      await settle();
    },
    get pendingTimers() {
      return timers.size;
    },
  };
}
