// Throughput of the built package: node bench/throughput.mjs (after `npm run build`).
import os from 'node:os';
import { createScrubber, scrubObject, scrubText } from '../dist/index.js';

const RUNS = 7;
const TARGET_BYTES = 4 * 1024 * 1024;

/** Deterministic pseudo-random numbers, so every run scrubs the same corpus. */
function createRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = createRandom(42);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const PII = [
  () => `jane.doe${int(999)}@example.com`,
  () => `+44 20 7946 ${String(1000 + int(8999))}`,
  () => `(415) 555-${String(1000 + int(8999))}`,
  () => '4111 1111 1111 1111',
  () => 'DE89 3704 0044 0532 0130 00',
  () => `192.168.${int(255)}.${int(255)}`,
  () => '078-05-1120',
  () => 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
];

const TITLES = ['Checkout – Step 2 of 4', 'Your cart (3 items)', 'Order ORD-2024-000123 confirmed', 'Running shoes, size 42 | Shop', 'Account settings', 'Search results for "winter jacket"'];
const TEXTS = ['Add to cart', 'Proceed to checkout', 'Save changes', 'Apply coupon', 'Size 42', '$1,234.56', 'Next', 'Sign in', 'v2.10.4 release notes', 'Track order #88412'];
const PROSE = [
  'Thanks for your order! It ships on 2024-01-15T10:30:00Z and should arrive within 3-5 business days.',
  'The item you selected (SKU-88412-XL) is back in stock; prices start at 1 234,56 €.',
  'Build 10.0.19045 fixed the layout of div.card > a:nth-child(2) on small screens.',
  'Session 018f3c2a-7b1e-7c3d-9a4b-5e6f70819203 started at 1700000000000.',
];

function eventStrings() {
  const withPii = random() < 0.15;
  const path = pick(['/products/running-shoes', '/cart', '/checkout/shipping', '/account/orders/ORD-2024-000123', '/search']);
  const query = pick(['', '?q=winter+jacket&page=2', '?utm_source=newsletter&utm_campaign=spring', '?ref=home#reviews']);
  const url = `https://shop.example.com${path}${query}${withPii ? `&email=${encodeURIComponent(PII[0]())}` : ''}`;
  const prose = pick(PROSE) + (withPii ? ` Contact ${pick(PII)()} for help.` : '');
  return [url, pick(TITLES), pick(TEXTS), prose, 'div#main > section.products > article:nth-child(3) > button.add'];
}

function buildCorpus(make) {
  const lines = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    for (const line of make()) {
      lines.push(line);
      bytes += line.length;
    }
  }
  return { lines, bytes };
}

const mixed = buildCorpus(eventStrings);
const dense = buildCorpus(() => [Array.from({ length: 6 }, () => `${pick(['Call', 'Mail', 'Card', 'From', 'Use'])} ${pick(PII)()}`).join('; ')]);

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function throughput(scrubber, corpus) {
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const line of corpus.lines) scrubber.scrubText(line);
    const seconds = (performance.now() - start) / 1000;
    samples.push(corpus.bytes / 1e6 / seconds);
  }
  return median(samples);
}

function makeEvent() {
  const [url, title, text, prose] = eventStrings();
  return {
    v: 1,
    id: '018f3c2a-7b1e-7c3d-9a4b-5e6f70819203',
    type: 'click',
    ts: 1700000000000 + int(1e6),
    sessionId: '018f3c2a-7b1e-7c3d-9a4b-5e6f70819204',
    anonymousId: '018f3c2a-7b1e-7c3d-9a4b-5e6f70819205',
    page: { url, path: new URL(url).pathname, title, referrer: 'https://www.google.com/', viewport: { w: 1440, h: 900 }, docHeight: 4200 },
    target: { selector: 'div#main > section.products > article:nth-child(3) > button.add', tag: 'button', text, href: url, rect: { x: 10, y: 20, w: 120, h: 40 } },
    pos: { pageX: 100, pageY: 200, relX: 0.5, relY: 0.5 },
    props: { note: prose, plan: 'pro', count: 3 },
  };
}

function perEvent(scrub) {
  const events = Array.from({ length: 2000 }, makeEvent);
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (const event of events) scrub(event);
    samples.push(((performance.now() - start) * 1000) / events.length);
  }
  return median(samples);
}

// Baseline for the same corpus in the same run: a single-kind scrub with one simple regex. Its
// ratio to the scrubber holds up better than absolute figures on a busy machine.
const naiveEmailScrubber = { scrubText: (text) => text.replace(/[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, '[email]') };

const scrubber = createScrubber();
// Warm up the JIT before measuring.
throughput(scrubber, { lines: mixed.lines.slice(0, 5000), bytes: 1 });

const results = {
  date: new Date().toISOString(),
  node: process.version,
  nproc: os.availableParallelism?.() ?? os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  // Other work on the machine slows every figure; the 1-minute load average tells how much.
  loadAverage: +os.loadavg()[0].toFixed(2),
  runs: RUNS,
  mixedCorpusMB: +(mixed.bytes / 1e6).toFixed(2),
  mixedMBps: +throughput(scrubber, mixed).toFixed(1),
  denseCorpusMB: +(dense.bytes / 1e6).toFixed(2),
  denseMBps: +throughput(scrubber, dense).toFixed(1),
  plainScrubTextMixedMBps: +throughput({ scrubText }, mixed).toFixed(1),
  baselineOneRegexMixedMBps: +throughput(naiveEmailScrubber, mixed).toFixed(1),
  eventMicros: +perEvent((e) => scrubber.scrubObject(e)).toFixed(1),
  plainScrubObjectEventMicros: +perEvent((e) => scrubObject(e)).toFixed(1),
};
console.log(JSON.stringify(results, null, 2));
