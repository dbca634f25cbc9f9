import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SightlineEvent } from '@sightline/core';
import { launchBrowser } from './browser';
import { startExampleStack, type ExampleStack } from './example-app';

const summary = (events: SightlineEvent[]) =>
  events.map((e) => `${e.type}:${e.type === 'custom' ? e.name : e.type === 'pageview' ? e.page.path : (e.target?.selector ?? '')}`);

/**
 * A visit to an example app (built by Vite, served by its preview server) in real Chromium,
 * against a real server: the same checks for the React and the Vue app, which render the same page.
 */
export function describeExampleApp(name: 'react' | 'vue'): void {
  describe(`the ${name} example app in a real browser`, () => {
    let stack: ExampleStack;
    let browser: Awaited<ReturnType<typeof launchBrowser>>;

    beforeAll(async () => {
      [stack, browser] = await Promise.all([startExampleStack(name), launchBrowser()]);
    });

    afterAll(async () => {
      await browser?.close();
      await stack?.close();
    });

    it('sends pageviews, route changes, clicks, tracked events and scores to the server, and shows live scores', async () => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      await page.goto(`${stack.appUrl}/`);

      const scores = page.getByTestId('live-scores');
      await scores.waitFor();
      expect(await scores.getByRole('heading').textContent()).toBe('Live scores');
      await page.waitForFunction(() => document.querySelector('[data-testid="session-id"]')?.textContent !== '…');
      const sessionId = await page.getByTestId('session-id').textContent();

      await page.getByTestId('add-p3').click();
      await page.locator('#nav-about').click();
      await page.getByRole('heading', { name: 'About' }).waitFor();
      await page.locator('#nav-shop').click();
      await page.getByTestId('add-p1').click();
      await page.mouse.move(200, 300, { steps: 10 });

      // The scoring plugin publishes live scores to the snapshot; the panel renders them as they change.
      await page.getByTestId('score-engagement').waitFor({ timeout: 10_000 });
      expect(await page.getByTestId('no-scores').count()).toBe(0);
      const shown = await scores.locator('dt').allTextContents();
      expect(shown).toEqual(expect.arrayContaining(['engagement', 'frustration', 'intent', 'bot_detection']));
      expect(shown.every((id) => !id.includes('.'))).toBe(true);
      const engagement = Number(await page.getByTestId('score-engagement').locator('dd').textContent());
      expect(Number.isFinite(engagement)).toBe(true);
      // Active time keeps growing while the visitor moves: the panel follows it without a reload.
      const activeTime = page.getByTestId('score-active_time').locator('dd');
      const before = Number(await activeTime.textContent());
      for (let step = 0; step < 6; step++) {
        await page.mouse.move(100 + step * 40, 200 + step * 20, { steps: 5 });
        await page.waitForTimeout(250);
      }
      await page.waitForFunction(
        (previous) => Number(document.querySelector('[data-testid="score-active_time"] dd')?.textContent) > previous,
        before,
        { timeout: 10_000 },
      );

      const events = await stack.waitForEvents(
        (all) => all.filter((e) => e.type === 'custom').length >= 2 && all.filter((e) => e.type === 'pageview').length >= 3 && all.some((e) => e.type === 'score'),
      );
      const seen = summary(events);
      expect(seen.filter((s) => s.startsWith('pageview:'))).toEqual(['pageview:/', 'pageview:/about', 'pageview:/']);
      expect(seen.filter((s) => s.startsWith('custom:'))).toEqual(['custom:add_to_cart', 'custom:add_to_cart']);
      expect(events.filter((e) => e.type === 'custom').map((e) => e.props)).toEqual([{ product: 'p3', price: 18 }, { product: 'p1', price: 120 }]);
      expect(seen.filter((s) => s.startsWith('click:'))).toEqual([
        'click:button[data-testid="add-p3"]',
        'click:#nav-about',
        'click:#nav-shop',
        'click:button[data-testid="add-p1"]',
      ]);
      // Scores travel too, as `score` events with the models' fields flattened.
      expect(events.find((e) => e.type === 'score')?.props).toHaveProperty(['engagement.score']);
      expect(new Set(events.map((e) => e.sessionId))).toEqual(new Set([sessionId]));
      expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
      expect(problems).toEqual([]);
      await page.close();
    });
  });
}
