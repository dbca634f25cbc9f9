import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { SightlineEvent } from '@sightline/core';
import { useFixtureBrowser } from './fixtures/replay/fixture-browser';
import { decodeRecording, ORIGIN } from './fixtures/replay/serve';

const browser = useFixtureBrowser({ 'replay.js': 'entry.ts' });

/** Every value that must never reach the recording: field values, typed text, masked text, PII. */
const SECRETS = [
  'TEXTVAL-A1', 'UNTYPED-B2', 'grace.hopper@example.net', 'PwdQ9z#Kx', 'SEARCH-C3', '415 555 2671', 'URLVAL-D4',
  '918273', '2031-07-19', '2031-07', '2031-W29', '13:37', '#a1b2c3', '77123', 'HIDDEN-E5', '5555555555554444',
  'TEXTAREA-H8', 'EDITABLE-J1', 'MASKED-K2', 'BLOCKED-M4', 'PwdUnmask#2', 'SHADOWVAL-O6', 'SHADOW-MASKED-P7',
  'FRAMEVAL-Q8', 'PwdFrame#3', 'FRAME-MASKED-R9', 'TYPED-S1', 'TypedPw#4', 'typed.person@example.com', 'TYPEDEDIT-T2',
  'SHADOWTYPED-U3', 'FRAMETYPED-V4', 'FramePw#5', 'ada.lovelace@example.org', '7946 0958', '4111 1111 1111 1111',
  'mary@example.com', 'sam@example.com', 'frida@example.com', 'lena@example.com', 'bob@example.com', 'LATEMASK-X6',
  'SCRIPT-BODY-7Q2', 'CHECKVAL-F6', 'RADIOVAL-G7',
];

async function record(page: Page): Promise<{ text: string; events: SightlineEvent[] }> {
  await page.goto(`${ORIGIN}/masking.html`);
  await page.frameLocator('#frame').locator('#frame-input').waitFor();
  await page.addScriptTag({ url: `${ORIGIN}/replay.js` });
  await page.evaluate(() => (window as any).slReplay.start({ mutationBatchMs: 100, flushIntervalMs: 300 }));
  await page.waitForFunction(() => ((window as any).slReplay.stats()?.events ?? 0) >= 2);

  await page.fill('#text', 'TYPED-S1');
  await page.locator('#password').pressSequentially('TypedPw#4');
  await page.fill('#email', 'typed.person@example.com');
  await page.fill('#textarea', 'TYPED-S1 in textarea');
  await page.selectOption('#select', 'SELECTVAL-I9');
  await page.check('#checkbox');
  await page.click('#editable');
  await page.keyboard.type(' TYPEDEDIT-T2');
  await page.fill('#shadow-input', 'SHADOWTYPED-U3');
  await page.frameLocator('#frame').locator('#frame-input').fill('FRAMETYPED-V4');
  await page.frameLocator('#frame').locator('#frame-password').pressSequentially('FramePw#5');
  await page.fill('#shown', 'SHOWNTYPED-W5 bob@example.com');
  // Field values are recorded on change (rrweb `input: 'last'`), which fires when a field loses focus.
  await page.click('h1');
  await page.evaluate(() => {
    const late = document.createElement('p');
    late.textContent = 'late mail lena@example.com';
    const masked = document.createElement('p');
    masked.setAttribute('data-sl-mask', '');
    masked.textContent = 'LATEMASK-X6';
    document.body.append(late, masked);
  });
  await page.waitForTimeout(400);
  await page.evaluate(() => (window as any).slReplay.stop());
  const events = (await page.evaluate(() => (window as any).slReplay.events)) as SightlineEvent[];
  return { text: decodeRecording(events), events };
}

describe('replay masking in Chromium', () => {
  it('records no input value, password character, masked text or PII from inputs, contenteditable, shadow DOM and iframes', async () => {
    const page = await browser().context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { text, events } = await record(page);
    const recorded = text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { type: number; data: any });

    expect(recorded.some((event) => event.type === 2)).toBe(true);
    expect(events.filter((event) => event.type === 'replay_chunk').every((event) => String(event.props?.data).length <= 40_000)).toBe(true);
    expect(SECRETS.filter((secret) => text.includes(secret))).toEqual([]);
    // Input events carry masks only.
    const inputs = recorded.filter((event) => event.type === 3 && event.data.source === 5);
    expect(inputs.length).toBeGreaterThan(5);
    for (const input of inputs) expect(String(input.data.text)).toMatch(/^(\**|SHOWNTYPED-W5 \[email\])$/);
    // It did record the page: the shadow root, the iframe, unmasked and scrubbed text.
    expect(text).toContain('shadow mail [email]');
    expect(text).toContain('frame mail [email]');
    expect(text).toContain('late mail [email]');
    expect(text).toContain('VISIBLE-L3 mail [email]');
    expect(text).toContain('SHOWN-N5');
    expect(text).toContain('SHOWNTYPED-W5 [email]');
    // Blocked elements become empty placeholders of the same size; canvas pixels are not recorded.
    expect(text).toMatch(/"data-sl-block":"","style":"width: 120px; height: 40px;?"|"rr_width":"120px"/);
    expect(text).not.toContain('rr_dataURL');
    expect(errors).toEqual([]);
    await page.close();
  });
});
