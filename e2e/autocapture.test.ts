import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SightlineEvent } from '@sightline/core';
import { launchBrowser } from './support/browser';
import { startStack, type Stack } from './support/stack';

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

interface ExpectedClick {
  selector: string;
  pageX: number;
  pageY: number;
  /** Offset of the click inside the element, and the element's size, in CSS px. */
  offset: { x: number; y: number };
  size: { w: number; h: number };
}

/** Clicks at an offset inside the element and returns where the click must be recorded. */
async function clickAt(page: Page, css: string, offset = { x: 7, y: 5 }, options: { noWaitAfter?: boolean } = {}): Promise<ExpectedClick> {
  const element = page.locator(css);
  await element.scrollIntoViewIfNeeded();
  const box = await element.evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { x: rect.left + window.scrollX, y: rect.top + window.scrollY, w: rect.width, h: rect.height };
  });
  await element.click({ position: offset, ...options });
  return {
    selector: css,
    pageX: Math.round(box.x + offset.x),
    pageY: Math.round(box.y + offset.y),
    offset,
    size: { w: box.w, h: box.h },
  };
}

const waitForSdk = (page: Page) => page.waitForFunction(() => typeof (window as { sightline?: { getSnapshot?: unknown } }).sightline?.getSnapshot === 'function');

describe('autocapture from a real browser to the real server', () => {
  it('stores every click, pageview and submit exactly once, with the right selector and coordinates', async () => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const clicks: ExpectedClick[] = [];
    // Values that cannot appear in ids or timestamps by chance, so finding one means it leaked.
    const secret = { email: 'jane.doe@example.com', card: '5555 5555 5555 4444', name: 'Jane Q. Doe', address: '12 Quayside Lane' };

    await page.goto(`${stack.shopUrl}/`);
    await waitForSdk(page);
    clicks.push(await clickAt(page, '#sale-badge'));
    // A full page navigation right after the click: the click must still arrive.
    clicks.push(await clickAt(page, 'a[data-testid="product-link-p3"]', { x: 20, y: 30 }));
    await page.waitForURL('**/product.html?id=p3');
    await waitForSdk(page);
    clicks.push(await clickAt(page, '#add-to-cart'));
    clicks.push(await clickAt(page, '#buy-now'));
    await page.waitForURL('**/checkout.html');
    await waitForSdk(page);
    await page.fill('#name', secret.name);
    await page.fill('#email', secret.email);
    await page.fill('#address', secret.address);
    await page.selectOption('#country', 'FR');
    await page.fill('#card-number', secret.card);
    await page.fill('#card-expiry', '12/29');
    await page.fill('#card-cvc', '737');
    await page.locator('#email').blur();
    clicks.push(await clickAt(page, '#place-order'));
    await page.waitForURL('**/thanks');
    await waitForSdk(page);
    clicks.push(await clickAt(page, '#nav-about'));
    await page.waitForURL('**/about.html');
    await waitForSdk(page);
    clicks.push(await clickAt(page, '#tab-team'));
    await page.waitForURL('**/about/team');
    await page.goBack();
    await page.waitForURL('**/about.html');
    // Leaving the site: the last events go out on page hide.
    await page.close({ runBeforeUnload: true });

    const expectedPageviews = 7; // index, product, checkout, thanks, about, SPA push, SPA pop
    const events = await stack.waitForEvents(
      (stored) => stored.filter((e) => e.type === 'click').length >= clicks.length && stored.filter((e) => e.type === 'pageview').length >= expectedPageviews,
    );

    expect(pageErrors).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const storedClicks = events.filter((e) => e.type === 'click');
    expect(storedClicks).toHaveLength(clicks.length);
    for (const expected of clicks) {
      const matches = storedClicks.filter((e) => e.target?.selector === expected.selector);
      expect(matches, `clicks on ${expected.selector}`).toHaveLength(1);
      const { pos } = matches[0] as SightlineEvent;
      expect(Math.abs(pos!.pageX - expected.pageX), `pageX on ${expected.selector}`).toBeLessThanOrEqual(1);
      expect(Math.abs(pos!.pageY - expected.pageY), `pageY on ${expected.selector}`).toBeLessThanOrEqual(1);
      // Relative positions, checked in px: client coordinates are whole px in Chromium (±1) and
      // relX/relY carry 4 decimals.
      expect(Math.abs(pos!.relX * expected.size.w - expected.offset.x), `relX on ${expected.selector}`).toBeLessThanOrEqual(1.5);
      expect(Math.abs(pos!.relY * expected.size.h - expected.offset.y), `relY on ${expected.selector}`).toBeLessThanOrEqual(1.5);
    }
    const productClick = storedClicks.find((e) => e.target?.selector === 'a[data-testid="product-link-p3"]')!;
    expect(productClick.target).toMatchObject({ tag: 'a', selector: 'a[data-testid="product-link-p3"]' });

    const pageviews = events.filter((e) => e.type === 'pageview').map((e) => `${e.page.path} ${String(e.props?.navigation)}`);
    expect(pageviews).toHaveLength(expectedPageviews);
    expect(pageviews).toEqual(expect.arrayContaining(['/product.html navigate', '/checkout.html navigate', '/about/team push', '/about.html pop']));
    expect(events.filter((e) => e.type === 'submit')).toHaveLength(1);
    expect(events.find((e) => e.type === 'submit')!.props).toMatchObject({ form: 'checkout', method: 'post' });

    const stored = JSON.stringify(events);
    for (const value of Object.values(secret)) expect(stored).not.toContain(value);
    expect(new Set(events.map((e) => e.sessionId)).size).toBe(1);
  });
});
