import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SightlineEvent } from '@sightline/core';
import { useFixtureBrowser } from './fixtures/replay/fixture-browser';
import { decodeRecording, ORIGIN } from './fixtures/replay/serve';

const browser = useFixtureBrowser({ 'replay.js': 'entry.ts' });

interface Recorded {
  type: number;
  timestamp: number;
  data?: { source?: number; tag?: string; payload?: { reason?: string } };
}

/** What the page's recorder has emitted so far, decoded as the dashboard would. */
async function recorded(page: Page): Promise<Recorded[]> {
  const events = await page.evaluate(() => (window as unknown as { slReplay: { events: SightlineEvent[] } }).slReplay.events);
  return decodeRecording(events).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Recorded);
}

/** Polls the recording until `check` holds (timers on a loaded machine run late). */
async function recordedWhen(page: Page, check: (events: Recorded[]) => boolean, timeoutMs = 8_000): Promise<Recorded[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await recorded(page);
    if (check(events) || Date.now() > deadline) return events;
    await page.waitForTimeout(100);
  }
}

const count = (events: Recorded[], type: number) => events.filter((event) => event.type === type).length;

describe('storm pause in Chromium with rrweb', () => {
  // The fixture changes 20 texts every 100 ms: 200 mutation records a second, a storm at a threshold of 100.
  it('stops rrweb while the page churns unattended, keeps a keyframe, and records again on input', async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${ORIGIN}/memory.html`);
    await page.addScriptTag({ url: `${ORIGIN}/replay.js` });
    await page.evaluate(() =>
      (window as any).slReplay.start({ flushIntervalMs: 200, stormPause: { recordsPerSecond: 100, afterMs: 1_000, quietMs: 1_000, keyframeMs: 2_500 } }),
    );

    await page.waitForFunction(() => (window as any).slReplay.stats()?.stormPauses === 1, undefined, { timeout: 5_000 });
    await page.waitForTimeout(400);
    const paused = await recorded(page);
    const marker = paused.findIndex((event) => event.type === 5 && event.data?.tag === 'sl-pause');
    expect(paused[marker]?.data?.payload).toEqual({ reason: 'storm' });
    // Mutations were recorded before the pause, and nothing after it.
    expect(paused.slice(0, marker).some((event) => event.type === 3 && event.data?.source === 0)).toBe(true);
    expect(paused.slice(marker + 1)).toEqual([]);

    // The keyframe: one more Meta and full snapshot, then paused again.
    const keyframed = await recordedWhen(page, (events) => count(events, 4) >= 2 && events.at(-1)?.data?.tag === 'sl-pause');
    expect(count(keyframed, 4)).toBe(2);
    expect(count(keyframed, 2)).toBe(2);
    expect(keyframed.at(-1)?.data?.tag).toBe('sl-pause');

    // The visitor moves: recording starts again and the page's changes are recorded.
    await page.mouse.move(100, 100);
    await page.mouse.move(140, 120, { steps: 3 });
    const mutationAfterLastMeta = (events: Recorded[]) =>
      events.slice(events.map((event) => event.type).lastIndexOf(4)).some((event) => event.type === 3 && event.data?.source === 0);
    const resumed = await recordedWhen(page, (events) => events.length > keyframed.length && mutationAfterLastMeta(events));
    const lastMeta = resumed.map((event) => event.type).lastIndexOf(4);
    expect(lastMeta).toBeGreaterThan(keyframed.length - 1);
    expect(mutationAfterLastMeta(resumed)).toBe(true);
    expect((await page.evaluate(() => (window as any).slReplay.stats())).stormPauses).toBe(1);

    await page.evaluate(() => (window as any).slReplay.stop());
    expect(errors).toEqual([]);
    await page.close();
  });
});
