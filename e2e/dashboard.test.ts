import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SightlineEvent } from '@sightline/core';
import { launchBrowser } from './support/browser';
import { FULL_SNIPPET_FILE, startStack, type Stack } from './support/stack';
import { forgedChunkEvents } from './fixtures/forged-recording';

/** Screenshots of every view, kept after the run (git-ignored) for a person to look at. */
const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/dashboard/', import.meta.url));

let stack: Stack;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let visit: { sessionId: string; clicks: SightlineEvent[]; events: SightlineEvent[] };

const center = async (page: Page, css: string) => {
  const box = (await page.locator(css).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

/** The session's recording as the server serves it back (rrweb events, in order). */
async function recordingOf(sessionId: string): Promise<Array<{ type: number }>> {
  const response = await fetch(`${stack.server.url}/v1/replay/${encodeURIComponent(sessionId)}`, { headers: { 'x-sightline-key': stack.server.readKey } });
  return response.ok ? ((await response.json()) as { events: Array<{ type: number }> }).events : [];
}

/** A visitor on the example shop with the full snippet and replay on: rage on a dead badge, a scroll, a CTA. */
async function visitShop(): Promise<typeof visit> {
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${stack.shopUrl}/`);
  await page.waitForFunction(() => typeof (window as unknown as { sightline?: { getSnapshot?: unknown } }).sightline?.getSnapshot === 'function');
  const badge = await center(page, '#sale-badge');
  await page.mouse.move(badge.x - 150, badge.y + 60, { steps: 6 });
  await page.mouse.move(badge.x, badge.y, { steps: 6 });
  for (let i = 0; i < 4; i++) await page.mouse.click(badge.x + i * 2, badge.y);
  await page.waitForTimeout(600);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 300);
  await page.waitForTimeout(500);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await page.waitForFunction(() => window.scrollY === 0);
  const cta = await center(page, '#hero-cta');
  await page.mouse.move(cta.x, cta.y, { steps: 6 });
  // Dead-click verdicts come 2.5 s after the click; the recording's minimum length is 2 s.
  await page.waitForTimeout(3_000);
  const sessionId = await page.evaluate(() => (window as unknown as { sightline: { getSnapshot(): { sessionId: string } } }).sightline.getSnapshot().sessionId);
  // Each page's snapshot is delivered while the visitor is still on it (chunks leave every 5 s).
  const snapshots = async (n: number) => {
    const deadline = Date.now() + 30_000;
    while ((await recordingOf(sessionId)).filter((event) => event.type === 2).length < n && Date.now() < deadline) await page.waitForTimeout(500);
  };
  await snapshots(1);
  // On to a second page of the site: the session, its scores and its recording go on there.
  await page.click('#nav-about');
  await page.waitForURL(/about/);
  await page.waitForTimeout(1_500);
  await snapshots(2);
  // Leaving the site sends the final score and the last replay chunk.
  await page.goto('about:blank');
  await page.close();
  expect(pageErrors).toEqual([]);
  const events = await stack.waitForEvents(
    (all) => all.some((e) => e.type === 'score' && e.props?.final === true && e.props['engaged_session.pageviews'] === 2),
    30_000,
  );
  return { sessionId, clicks: events.filter((e) => e.type === 'click' && e.sessionId === sessionId && e.page.path === '/'), events };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  stack = await startStack({ replay: '1' }, FULL_SNIPPET_FILE);
  browser = await launchBrowser();
  visit = await visitShop();
});

/** A dashboard tab signed in with the read key. */
async function openDashboard(hash = ''): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${stack.server.url}/`);
  await page.fill('input[name="readKey"]', stack.server.readKey);
  await page.click('button[type="submit"]');
  await page.waitForSelector('.topbar');
  if (hash) await page.evaluate((next) => (location.hash = next), hash);
  return page;
}

/** Text of an element inside a rebuilt page (same-origin iframe, read from its document). */
const textIn = (page: Page, frame: string, selector: string) =>
  page.$eval(frame, (element, css) => (element as HTMLIFrameElement).contentDocument?.querySelector(css)?.textContent ?? null, selector);

/** Heat under a page point: the most opaque pixel of the heat canvas within `radius` page px of it. */
const heatNear = (page: Page, x: number, y: number, radius: number, pageWidth: number) =>
  page.$eval(
    '[data-testid="heatmap-canvas"]',
    (canvas, [px, py, r, width]) => {
      const c = canvas as HTMLCanvasElement;
      const scale = c.width / width!;
      const left = Math.max(0, Math.round((px! - r!) * scale));
      const top = Math.max(0, Math.round((py! - r!) * scale));
      const size = Math.max(1, Math.round(2 * r! * scale));
      const data = c.getContext('2d')!.getImageData(left, top, Math.min(size, c.width - left), Math.min(size, c.height - top)).data;
      let alpha = 0;
      for (let i = 3; i < data.length; i += 4) alpha = Math.max(alpha, data[i]!);
      return alpha;
    },
    [x, y, radius, pageWidth],
  );

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the dashboard, over a real visit to the example shop', () => {
  it('has a scored, recorded session to show', async () => {
    const types = new Set(visit.events.map((e) => e.type));
    for (const type of ['pageview', 'click', 'rage_click', 'score']) expect(types, type).toContain(type);
    // Scores are the session's, not the page's: the second page goes on from the first.
    const last = visit.events.filter((e) => e.type === 'score' && e.props?.final === true).at(-1)!;
    expect(last.props).toMatchObject({ 'engaged_session.pageviews': 2, 'rage_click.count': 1 });
    expect(visit.clicks.length).toBeGreaterThanOrEqual(4);
    const recording = await recordingOf(visit.sessionId);
    expect(recording.some((e) => e.type === 4), 'a Meta event').toBe(true);
    expect(recording.some((e) => e.type === 2), 'a full snapshot').toBe(true);
  });
});

describe('the dashboard, driven in Chromium', () => {
  it('lists the session with its scores', async () => {
    const page = await openDashboard('#/sessions');
    const row = page.locator(`[data-testid="session-row"][data-session-id="${visit.sessionId}"]`);
    await row.waitFor({ timeout: 15_000 });
    const frustration = await row.locator('[data-score="frustration"]').innerText();
    expect(Number.parseFloat(frustration), `frustration cell: ${frustration}`).toBeGreaterThan(0);
    await expect.poll(() => row.locator('[data-signal="rage_click"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}sessions.png`, fullPage: true });
    await page.close();
  });

  it('plays the recording to the end, showing the page as the visitor saw it', async () => {
    const page = await openDashboard(`#/session/${encodeURIComponent(visit.sessionId)}`);
    await page.waitForSelector('[data-testid="replay-player"][data-ready="true"]', { timeout: 20_000 });
    const frame = page.locator('[data-testid="replay-stage"] iframe');
    expect(await frame.getAttribute('sandbox')).toBe('allow-same-origin');
    await page.selectOption('[data-testid="replay-speed"]', '8');
    await page.click('[data-testid="replay-play"]');
    await page.waitForSelector('[data-testid="replay-status"][data-status="finished"]', { timeout: 60_000 });
    // The recording ends on the second page of the visit.
    expect(await textIn(page, '[data-testid="replay-stage"] iframe', 'h1')).toContain('About');
    await expect.poll(() => page.locator('[data-testid="timeline-marker"][data-type="rage_click"]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}session.png`, fullPage: true });
    await page.close();
  });

  it('draws the click heatmap over the rebuilt page, hot where the visitor clicked', async () => {
    const page = await openDashboard('#/heatmap?url=/&device=desktop&mode=clicks');
    await page.waitForSelector('[data-testid="heatmap-view"][data-state="ready"]', { timeout: 30_000 });
    expect(await page.getAttribute('[data-testid="heatmap-page"]', 'data-rebuilt')).toBe('true');
    expect(await page.locator('[data-testid="heatmap-page"] iframe').getAttribute('sandbox')).toBe('allow-same-origin');
    expect(await textIn(page, '[data-testid="heatmap-page"] iframe', '#sale-badge')).toContain('Winter sale');
    const width = visit.clicks[0]!.page.viewport.w;
    const badge = visit.clicks.find((click) => click.target?.selector.includes('sale-badge'))!;
    expect(badge, 'a click on the sale badge was stored').toBeDefined();
    expect(await heatNear(page, badge.pos!.pageX, badge.pos!.pageY, 30, width)).toBeGreaterThan(0);
    // Far from every click (the page's bottom-right corner), the canvas is clear.
    const docHeight = Math.max(...visit.clicks.map((click) => click.page.docHeight ?? 0));
    expect(await heatNear(page, width - 20, docHeight - 20, 10, width)).toBe(0);
    await expect.poll(() => page.locator('[data-testid="heatmap-elements"] [data-selector]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}heatmap.png`, fullPage: true });
    await page.close();
  });

  it('plays a forged recording without running any of it', async () => {
    const sessionId = 'forged-session';
    const answer = await fetch(`${stack.server.url}/v1/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sightline-key': stack.server.writeKey },
      body: JSON.stringify({ v: 1, sentAt: Date.now(), events: forgedChunkEvents(sessionId, Date.now() - 5_000) }),
    });
    expect(answer.status, await answer.clone().text()).toBe(200);
    const page = await openDashboard();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const dashboardUrl = page.url();
    await page.evaluate((hash) => (location.hash = hash), `#/session/${sessionId}`);
    await page.waitForSelector('[data-testid="replay-player"][data-ready="true"]', { timeout: 20_000 });
    await page.selectOption('[data-testid="replay-speed"]', '8');
    await page.click('[data-testid="replay-play"]');
    await page.waitForSelector('[data-testid="replay-status"][data-status="finished"]', { timeout: 30_000 });
    const stage = page.frameLocator('[data-testid="replay-stage"] iframe');
    await stage.locator('#target').hover({ force: true }).catch(() => undefined);
    await stage.locator('#js-link').click({ force: true, timeout: 2_000 }).catch(() => undefined);
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(page.url().split('#')[0]).toBe(dashboardUrl.split('#')[0]);
    // What is left in the rebuilt page can neither run nor navigate.
    const leftovers = await page.$eval('[data-testid="replay-stage"] iframe', (frame) => {
      const doc = (frame as HTMLIFrameElement).contentDocument!;
      const found: string[] = [];
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const { name, value } of Array.from(element.attributes)) {
          if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
          if (name === 'srcdoc') found.push(`${element.tagName} srcdoc`);
          if (/^\s*(javascript|vbscript|data:text\/html)/i.test(value)) found.push(`${element.tagName} ${name}=${value.slice(0, 40)}`);
        }
        if (element.tagName === 'SCRIPT' && element.textContent?.includes('__pwned')) found.push('script');
        if (element.tagName === 'META' && /refresh/i.test(element.getAttribute('http-equiv') ?? '')) found.push('meta refresh');
      }
      return found;
    });
    expect(leftovers).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}forged.png`, fullPage: true });
    await page.close();
  });
});
