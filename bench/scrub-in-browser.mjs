#!/usr/bin/env node
// The cost per event of the scrub stage in a real browser: core's scrubEvent with the default
// scrubber, run in Debian's Chromium over realistic events (some with PII, most without).
// Usage: node bench/scrub-in-browser.mjs [--events 2000] [--runs 7]   (after `npm run build`)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const { values } = parseArgs({ options: { events: { type: 'string', default: '2000' }, runs: { type: 'string', default: '7' } } });
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const root = new URL('..', import.meta.url).pathname;

// The built packages, bundled for the page: what an app ships.
const bundle = await build({
  stdin: {
    contents: `import { scrubEvent } from '@sightline/core'; import { createScrubber } from '@sightline/scrubber';
      window.__bench = { scrubEvent, createScrubber };`,
    resolveDir: root,
  },
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  platform: 'browser',
});

const profile = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>bench</title>');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const perEventUs = await page.evaluate(
    ({ events, runs }) => {
      const { scrubEvent, createScrubber } = window.__bench;
      const scrubber = createScrubber();
      const make = (i) => ({
        v: 1,
        id: `01920000-0000-7000-8000-${String(i).padStart(12, '0')}`,
        type: i % 3 === 0 ? 'click' : 'pageview',
        ts: 1767225600000 + i,
        sessionId: 's-1',
        anonymousId: 'a-1',
        page: {
          url: i % 10 === 0 ? `https://shop.example/account?email=jane${i}@example.com&tab=orders` : `https://shop.example/products/${i}?sort=price&page=2`,
          path: `/products/${i}`,
          title: i % 10 === 0 ? `Orders of jane${i}@example.com` : 'Linen shirt – Fernway Goods',
          referrer: 'https://www.google.com/',
          viewport: { w: 1280, h: 800 },
          docHeight: 4200,
        },
        target: { selector: 'main > section > article:nth-of-type(3) > a', tag: 'a', text: i % 20 === 0 ? 'Call +44 20 7946 0958' : 'Add to cart', href: `https://shop.example/cart?add=${i}` },
        props: { product: `p${i % 8}`, price: '$49.00', position: i % 12, note: i % 25 === 0 ? 'card 4111 1111 1111 1111' : 'gift wrap' },
      });
      const input = Array.from({ length: events }, (_, i) => make(i));
      for (const event of input.slice(0, 200)) scrubEvent(event, scrubber); // warm-up
      const samples = [];
      for (let run = 0; run < runs; run++) {
        const start = performance.now();
        for (const event of input) scrubEvent(event, scrubber);
        samples.push(((performance.now() - start) * 1000) / events);
      }
      return samples.sort((a, b) => a - b);
    },
    { events: EVENTS, runs: RUNS },
  );
  const median = perEventUs[Math.floor(perEventUs.length / 2)];
  console.log(`scrub stage in Chromium: ${EVENTS} events x ${RUNS} runs`);
  console.log(`per event: median ${median.toFixed(1)} µs (min ${perEventUs[0].toFixed(1)}, max ${perEventUs.at(-1).toFixed(1)})`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
