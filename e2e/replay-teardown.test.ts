import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { useFixtureBrowser } from './fixtures/replay/fixture-browser';
import { ORIGIN } from './fixtures/replay/serve';

const browser = useFixtureBrowser({ 'replay.js': 'entry.ts', 'rrweb.js': 'rrweb-entry.ts' });

const OBSERVERS = ['MutationObserver', 'ResizeObserver', 'IntersectionObserver', 'PerformanceObserver'];

interface PageState {
  heap: number;
  listeners: number;
  observers: number;
}

/** Live listeners on window and the whole DOM (shadow roots and frames too), live observers and heap, after GC. */
async function measure(cdp: CDPSession): Promise<PageState> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const handle = async (expression: string) => (await cdp.send('Runtime.evaluate', { expression, objectGroup: 'probe' })).result.objectId as string;
  const onWindow = await cdp.send('DOMDebugger.getEventListeners', { objectId: await handle('window') });
  const onDom = await cdp.send('DOMDebugger.getEventListeners', { objectId: await handle('document'), depth: -1, pierce: true });
  let observers = 0;
  for (const name of OBSERVERS) {
    const prototype = await handle(`${name}.prototype`);
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: prototype, objectGroup: 'probe' });
    const length = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId as string, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    observers += Number(length.result.value);
  }
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'probe' });
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { heap: usedSize, listeners: onWindow.listeners.length + onDom.listeners.length, observers };
}

const sightline = {
  async start(page: Page) {
    await page.evaluate(() => (window as any).slReplay.start({ mutationBatchMs: 100, flushIntervalMs: 200 }));
    await page.waitForFunction(() => ((window as any).slReplay.stats()?.events ?? 0) >= 2, undefined, { polling: 20 });
  },
  async stop(page: Page) {
    await page.evaluate(async () => {
      await (window as any).slReplay.stop();
      (window as any).slReplay.events.length = 0;
    });
  },
};

const plain = {
  async start(page: Page) {
    await page.evaluate(() => (window as any).plainRrweb.start());
    await page.waitForFunction(() => (window as any).plainRrweb.state.events >= 2, undefined, { polling: 20 });
  },
  stop: (page: Page) => page.evaluate(() => (window as any).plainRrweb.stop()),
};

/** Start and stop `ROUNDS` times on a fresh page; the page's state before, during one round, half-way and after. */
async function cycles(recorder: typeof sightline): Promise<{ baseline: PageState; during: PageState; half: PageState; after: PageState }> {
  const page = await browser().context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${ORIGIN}/memory.html`);
  await page.addScriptTag({ url: `${ORIGIN}/replay.js` });
  await page.addScriptTag({ url: `${ORIGIN}/rrweb.js` });
  const cdp = await browser().context.newCDPSession(page);
  // One round first: rrweb and core keep caches and compiled code after their first use.
  await recorder.start(page);
  await recorder.stop(page);
  const baseline = await measure(cdp);
  let during = baseline;
  let half = baseline;
  for (let round = 0; round < ROUNDS; round++) {
    await recorder.start(page);
    if (round === ROUNDS / 2) during = await measure(cdp);
    await recorder.stop(page);
    if (round === ROUNDS / 2 - 1) half = await measure(cdp);
  }
  const after = await measure(cdp);
  expect(errors).toEqual([]);
  await page.close();
  return { baseline, during, half, after };
}

const ROUNDS = 50;

describe('replay teardown in Chromium', () => {
  it('starts and stops the recorder 50 times: listeners, observers and heap return to their baseline (plain rrweb keeps every recording)', async () => {
    const ours = await cycles(sightline);
    const theirs = await cycles(plain);
    const growth = (run: typeof ours, from: PageState) => ({ heap: run.after.heap - from.heap, observers: run.after.observers - from.observers });
    console.log(
      `50 start/stop cycles: Sightline ${JSON.stringify(growth(ours, ours.baseline))} (last 25: ${JSON.stringify(growth(ours, ours.half))}),` +
        ` plain rrweb ${JSON.stringify(growth(theirs, theirs.baseline))} (last 25: ${JSON.stringify(growth(theirs, theirs.half))})`,
    );
    // The measurement does see the recorder while it runs.
    expect(ours.during.listeners).toBeGreaterThan(ours.baseline.listeners);
    expect(ours.during.observers).toBeGreaterThan(ours.baseline.observers);
    expect(ours.after.listeners).toBe(ours.baseline.listeners);
    // Every recording runs on an rrweb of its own, dropped at stop: nothing of it stays. Plain
    // rrweb 2.1.6 keeps every MutationBuffer it made in a module-level array (rrweb#1628): one
    // observer and the recording's last full snapshot per cycle, which the same run checks it does.
    expect(ours.after.observers).toBe(ours.baseline.observers);
    expect(growth(theirs, theirs.baseline).observers).toBeGreaterThanOrEqual(ROUNDS);
    expect(growth(theirs, theirs.half).heap).toBeGreaterThan(ROUNDS / 2 * 256 * 1024);
    // The heap settles: what the first cycles add is compiled code and caches, warmed once, and the
    // last 25 cycles add next to nothing (plain rrweb: about 0.8 MB a cycle on this page).
    expect(growth(ours, ours.half).heap).toBeLessThan(256 * 1024);
    expect(growth(ours, ours.baseline).heap).toBeLessThan(1.5 * 1024 * 1024);
  });
});
