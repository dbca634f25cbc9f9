import { afterEach, describe, expect, it } from 'vitest';
import { createStormWatch, type StormOptions, type StormWatch } from '../src/recording/storm-watch';

const OPTIONS: StormOptions = { recordsPerSecond: 100, afterMs: 2_000, quietMs: 1_000, keyframeMs: 10_000 };

/** Timers on a hand-moved clock; `advance` fires what falls due, in order. */
function fakeTime() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => {
      timers.set(++next, { at: now + ms, fn });
      return next;
    },
    clearTimeout: (handle: unknown) => void timers.delete(handle as number),
    pending: () => timers.size,
    async advance(ms: number, perStep?: () => void) {
      const end = now + ms;
      while (now < end) {
        now = Math.min(end, now + 100);
        perStep?.();
        // happy-dom delivers mutation records asynchronously.
        await new Promise((resolve) => setTimeout(resolve, 0));
        for (const [handle, timer] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
          if (timer.at > now || !timers.has(handle)) continue;
          timers.delete(handle);
          timer.fn();
        }
      }
    },
  };
}

/** 20 records per 100 ms step: 200 records a second, twice the threshold. */
const churn = (host: HTMLElement, records = 20) => () => {
  for (let i = 0; i < records; i++) host.setAttribute('data-n', String(Math.random()));
};

let watch: StormWatch | null = null;
afterEach(() => {
  watch?.stop();
  document.body.innerHTML = '';
});

function start(options: Partial<StormOptions> = {}, keyframeMs = () => 5) {
  const time = fakeTime();
  const calls: string[] = [];
  const host = document.createElement('div');
  document.body.append(host);
  watch = createStormWatch({ ...OPTIONS, ...options }, {
    window: { MutationObserver: window.MutationObserver, document },
    now: time.now,
    setTimeout: time.setTimeout,
    clearTimeout: time.clearTimeout,
    onStorm: () => calls.push(`storm@${time.now()}`),
    onKeyframe: () => {
      calls.push(`keyframe@${time.now()}`);
      return keyframeMs();
    },
    onCalm: () => calls.push(`calm@${time.now()}`),
  });
  return { time, calls, host, watch };
}

describe('storm watch', () => {
  it('calls a storm after the rate stays over the threshold for afterMs with no input, and calm after quietMs', async () => {
    const { time, calls, host, watch } = start();
    await time.advance(1_900, churn(host));
    expect(calls).toEqual([]);
    await time.advance(1_000, churn(host));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^storm@/);
    expect(watch.storming).toBe(true);
    // The page goes quiet: calm once a full quietMs of samples stayed under the threshold.
    await time.advance(2_000);
    expect(calls[1]).toMatch(/^calm@/);
    expect(watch.storming).toBe(false);
  });

  it('keeps a keyframe every keyframeMs while the storm lasts, and none after', async () => {
    const { time, calls, host } = start();
    await time.advance(25_000, churn(host));
    expect(calls.filter((call) => call.startsWith('keyframe'))).toHaveLength(2);
    await time.advance(3_000);
    const after = calls.length;
    expect(calls.at(-1)).toMatch(/^calm@/);
    await time.advance(20_000);
    expect(calls).toHaveLength(after);
  });

  it('spaces keyframes out while each one is a long task, up to 8 times keyframeMs', async () => {
    // The first keyframe comes 10 s into the storm, the next ones 20, 40 and 80 s after the one before.
    const { time, calls, host } = start({}, () => 80);
    await time.advance(160_000, churn(host));
    const at = calls.filter((call) => call.startsWith('keyframe')).map((call) => Number(call.split('@')[1]));
    expect(at.slice(1).map((t, i) => Math.round((t - at[i]!) / 1_000))).toEqual([20, 40, 80]);
  });

  it('takes no keyframes with keyframeMs 0', async () => {
    const { time, calls, host } = start({ keyframeMs: 0 });
    await time.advance(30_000, churn(host));
    expect(calls.filter((call) => call.startsWith('keyframe'))).toEqual([]);
    expect(calls.filter((call) => call.startsWith('storm'))).toHaveLength(1);
  });

  it('never calls a storm while the visitor keeps interacting', async () => {
    const { time, calls, host, watch } = start();
    let step = 0;
    await time.advance(10_000, () => {
      churn(host)();
      if (++step % 10 === 0) watch.activity();
    });
    expect(calls).toEqual([]);
  });

  it('input ends a storm at once, and a new storm needs afterMs without input again', async () => {
    const { time, calls, host, watch } = start();
    await time.advance(3_000, churn(host));
    expect(watch.storming).toBe(true);
    watch.activity();
    expect(watch.storming).toBe(false);
    await time.advance(1_500, churn(host));
    expect(calls.filter((call) => call.startsWith('storm'))).toHaveLength(1);
    await time.advance(1_500, churn(host));
    expect(calls.filter((call) => call.startsWith('storm'))).toHaveLength(2);
  });

  it('does not count a page under the threshold as storming', async () => {
    const { time, calls, host } = start();
    await time.advance(10_000, churn(host, 5));
    expect(calls).toEqual([]);
  });

  it('sleeps on a quiet page and leaves nothing behind when stopped', async () => {
    const { time, host, watch } = start();
    await time.advance(1_000, churn(host));
    await time.advance(2_000);
    expect(time.pending()).toBe(0);
    await time.advance(3_000, churn(host));
    watch.stop();
    expect(time.pending()).toBe(0);
    churn(host)();
    await time.advance(500);
    expect(time.pending()).toBe(0);
  });
});
