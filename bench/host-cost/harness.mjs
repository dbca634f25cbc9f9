// What the host-cost and long-tasks benchmarks share: the bundles, the two local servers (page and
// sink), the page's visibility switch, the scripted visit and the browser launch. Importing it does
// nothing; run.mjs here and ../long-tasks/run.mjs drive it.
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CONFIGS } from './configs.mjs';
import { pageHtml } from './page.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `--name value` or `--flag` from the command line, else the default. */
export function option(argv, k, d) {
  const i = argv.indexOf('--' + k);
  return i < 0 ? d : (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : true);
}

/**
 * One IIFE per configuration into `outDir`, @sightline/* from each packages/<name>/dist through the workspace
 * links (so subpaths such as @sightline/core/signals follow each package's exports, like an app's
 * bundler). `keepNames` minifies whitespace and syntax only, so profile frames name functions.
 * Returns each script and its sizes (min, gzip -9, brotli q11).
 */
export async function buildBundles(names, outDir, { keepNames = false } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const scripts = {}, sizes = {};
  for (const n of names) {
    const c = CONFIGS[n]; if (!c.entry) continue;
    const outfile = path.join(outDir, n + '.js');
    await esbuild.build({ stdin: { contents: c.entry, resolveDir: here, loader: 'js' }, bundle: true, ...(keepNames ? { minifyWhitespace: true, minifySyntax: true } : { minify: true }),
      format: 'iife', platform: 'browser', target: 'es2020', outfile, logLevel: 'error', nodePaths: [path.join(here, 'node_modules'), path.join(root, 'node_modules')],
      define: { 'process.env.NODE_ENV': '"production"' }, legalComments: 'none' });
    const buf = fs.readFileSync(outfile); scripts[n] = buf.toString('utf8');
    sizes[n] = { min: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length };
  }
  return { scripts, sizes };
}

/**
 * The page server and the sink, on 127.0.0.1. `onRequest(req, bytes)` sees every sink request
 * (body bytes); `use(name)` sets the configuration whose `respond` answers the sink.
 */
export async function startServers(scripts, { onPreflight = () => {}, onRequest = () => {} } = {}) {
  let current = null;
  const listen = (srv) => new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv.address().port)));
  function sinkHandler(req, res) {
    const cors = { 'access-control-allow-origin': req.headers.origin || '*', 'access-control-allow-credentials': 'true',
      'access-control-allow-headers': req.headers['access-control-request-headers'] || '*', 'access-control-allow-methods': 'GET,POST,PUT,OPTIONS', 'access-control-max-age': '600' };
    if (req.method === 'OPTIONS') { onPreflight(); res.writeHead(204, cors); return res.end(); }
    let n = 0; req.on('data', (d) => { n += d.length; });
    req.on('end', () => {
      onRequest(req, n);
      const body = CONFIGS[current]?.respond?.(new URL(req.url, 'http://x').pathname) ?? '{"status":1}';
      res.writeHead(200, { ...cors, 'content-type': 'application/json' }); res.end(body);
    });
  }
  const sinkSrv = http.createServer(sinkHandler);
  const sink = `http://127.0.0.1:${await listen(sinkSrv)}`;
  const pageSrv = http.createServer((req, res) => {
    const u = new URL(req.url, 'http://x');
    if (u.pathname.startsWith('/sdk/')) { res.writeHead(200, { 'content-type': 'text/javascript' }); return res.end(scripts[decodeURIComponent(u.pathname.slice(5, -3))] || ''); }
    if (u.pathname.startsWith('/sink/')) return sinkHandler(req, res);
    if (u.pathname === '/favicon.ico') { res.writeHead(204); return res.end(); }
    const n = u.searchParams.get('config');
    const head = `<script>window.__SINK__=${JSON.stringify(sink)}</script>` + (scripts[n] ? `<script defer src="/sdk/${encodeURIComponent(n)}.js"></script>` : '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(pageHtml(head));
  });
  const origin = `http://127.0.0.1:${await listen(pageSrv)}`;
  return {
    sink,
    origin,
    pageUrl: (name) => `${origin}/checkout?config=${encodeURIComponent(name)}`,
    use: (name) => { current = name; },
    close: () => { sinkSrv.close(); pageSrv.close(); },
  };
}

/**
 * In-page code (a string for addInitScript): headless Chromium never changes visibilityState by
 * itself, so `window.__probe.setHidden(hidden)` simulates it. Expects `window.__probe` to exist.
 */
export const VISIBILITY_SWITCH = `
  let forced = null; const orig = (k) => Object.getOwnPropertyDescriptor(Document.prototype, k).get;
  const vs = orig('visibilityState'), hd = orig('hidden');
  Object.defineProperty(document, 'visibilityState', { configurable: true, get() { return forced ?? vs.call(document); } });
  Object.defineProperty(document, 'hidden', { configurable: true, get() { return forced ? forced === 'hidden' : hd.call(document); } });
  window.__probe.setHidden = (h) => { forced = h ? 'hidden' : 'visible'; document.dispatchEvent(new Event('visibilitychange')); if (!h) forced = null; };`;

function rng(seed) { let s = seed; return () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296; }

/** The scripted visit (deterministic); returns what it did. */
export async function visit(page, cdp) {
  const rand = rng(42); const count = { moves: 0, clicks: 0, chars: 0, wheel: 0 };
  let at = { x: 640, y: 400 };
  // CDP mouse moves, two every ~4 ms without waiting for each ack; Chromium coalesces them per frame like a real mouse
  const path = async (x, y, steps) => {
    const pending = [];
    for (let k = 1; k <= steps; k++) {
      pending.push(cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: at.x + (x - at.x) * k / steps, y: at.y + (y - at.y) * k / steps }));
      if (k % 2) await sleep(4);
    }
    await Promise.all(pending); at = { x, y }; count.moves += steps;
  };
  const click = async (x, y) => { await page.mouse.click(x, y); count.clicks++; };
  const targets = await page.evaluate(() => {
    const out = [];
    for (const s of ['header a', 'button.add', 'a.details', '.card h3', '.card p.desc', '.card img', '#title', '.price', 'article p']) {
      for (const el of document.querySelectorAll(s)) { const r = el.getBoundingClientRect(); if (r.top > 44 && r.bottom < 780 && r.left >= 0 && r.right < 900 && r.width > 4) out.push([s, r.left + r.width / 2, r.top + Math.min(r.height / 2, 8)]); }
    }
    return out;
  });
  // 1. mouse paths with clicks on interactive and non-interactive elements (dead clicks on text, images, headings)
  for (let i = 0; i < 48; i++) {
    const t = targets[Math.floor(rand() * targets.length)];
    const [x, y] = i % 4 === 3 ? [40 + rand() * 1200, 60 + rand() * 700] : [t[1], t[2]];
    await path(x, y, 20);
    if (i % 4 !== 3) await click(x, y);
  }
  // 2. rapid bursts: 6 clicks on one spot, three times (description text, title, price)
  for (const s of ['.card p.desc', '#title', '.price']) {
    const t = targets.find((q) => q[0] === s) || targets[0];
    await path(t[1], t[2], 6);
    for (let k = 0; k < 6; k++) await click(t[1], t[2]);
    await sleep(150);
  }
  // 3. SPA navigation, then the checkout form
  await page.evaluate(() => window.spaNavigate('/checkout/payment'));
  for (const [sel, text] of [['#name', 'Jane Quinn-Doe'], ['#email', 'jane.quinn@example.com'], ['#password', 'correct-horse-battery-9'],
    ['#cc', '4111 1111 1111 1111'], ['#exp', '12/29'], ['#cvc', '123'], ['#address', '221B Baker Street, London NW1 6XE'],
    ['#notes', 'Leave the parcel with the neighbour at number 4 if nobody is home.']]) {
    await page.click(sel); count.clicks++; await page.keyboard.type(text); count.chars += text.length;
  }
  await page.click('#terms'); await page.selectOption('#country', 'FR'); await page.click('#submit'); count.clicks += 2;
  // 4. scroll down and back up, with short mouse paths in between
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, i < 20 ? 600 : -600); count.wheel++;
    await path(100 + rand() * 1000, 100 + rand() * 600, 6); await sleep(10);
  }
  // 5. clicks again at the top
  for (let i = 0; i < 10; i++) { const t = targets[(i * 5) % targets.length]; await click(t[1], t[2]); }
  // 6. tab hidden, then visible again
  await page.evaluate(() => window.__probe.setHidden(true)); await sleep(300);
  await page.evaluate(() => window.__probe.setHidden(false)); await sleep(200);
  return count;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic', '--disable-blink-features=AutomationControlled', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
// a desktop Chrome user agent: some SDKs (posthog-js) drop every event from a "HeadlessChrome" user agent
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

/** A fresh Chromium on its own profile; every request off 127.0.0.1 is aborted and passed to `onBlocked`. */
export async function launch(profile, executablePath, onBlocked = () => {}) {
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS, ignoreDefaultArgs: ['--enable-automation'],
    viewport: { width: 1280, height: 800 }, userAgent: UA });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    onBlocked(u.href.slice(0, 100)); return route.abort('blockedbyclient');
  });
  return context;
}
