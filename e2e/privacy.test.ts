import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

/** One value of each kind, none of which can appear by chance in ids, times or selectors. */
const PII = {
  email: 'jane.doe@example.com',
  phone: '+44 20 7946 0958',
  card: '4111 1111 1111 1111',
  iban: 'GB82 WEST 1234 5698 7654 32',
  ssn: '123-45-6789',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  ip: '203.0.113.195',
  typed: 'Jane Quinta Doe',
};

const waitForSdk = (page: Page) => page.waitForFunction(() => typeof (window as { sightline?: { track?: unknown } }).sightline?.track === 'function');

describe('PII never reaches storage', () => {
  it('finds none of the PII put in URLs, titles, element text, properties and form fields', async () => {
    const page = await browser.context.newPage();
    const query = new URLSearchParams({ email: PII.email, ref: `call ${PII.phone}` });
    await page.goto(`${stack.shopUrl}/about.html?${query}`);
    await waitForSdk(page);
    await page.evaluate((pii) => {
      document.title = `Account of ${pii.email}`;
      const button = document.createElement('button');
      button.id = 'pii-button';
      button.textContent = `Pay with ${pii.card}`;
      document.querySelector('main')!.prepend(button);
      history.pushState(null, '', `/about/team?ssn=${encodeURIComponent(pii.ssn)}`);
      const sightline = (window as unknown as { sightline: { track(name: string, props: object): void } }).sightline;
      sightline.track('profile_saved', { account: pii.iban, session: { token: pii.jwt }, from: `IP ${pii.ip}`, contact: pii.email });
    }, PII);
    await page.click('#pii-button');

    await page.goto(`${stack.shopUrl}/checkout.html`);
    await waitForSdk(page);
    await page.fill('#name', PII.typed);
    await page.fill('#email', PII.email);
    await page.fill('#phone', PII.phone);
    await page.locator('#phone').blur();
    await page.close({ runBeforeUnload: true });

    const events = await stack.waitForEvents(
      (stored) => stored.some((e) => e.name === 'profile_saved') && stored.some((e) => e.type === 'change' && e.props?.field === 'phone'),
    );
    const everything = JSON.stringify(events);
    for (const [kind, value] of Object.entries(PII)) {
      expect(everything, `${kind} leaked`).not.toContain(value);
      expect(everything, `${kind} leaked percent-encoded`).not.toContain(encodeURIComponent(value));
    }
    // What was scrubbed stays useful: placeholders in place, the rest of the string intact.
    const custom = events.find((e) => e.name === 'profile_saved')!;
    expect(custom.props).toMatchObject({ account: '[iban]', contact: '[email]', from: 'IP [ip]' });
    expect(events.find((e) => e.target?.selector === '#pii-button')!.target!.text).toBe('Pay with [card]');
    expect(events.map((e) => e.page.title)).toContain('Account of [email]');
  });
});
