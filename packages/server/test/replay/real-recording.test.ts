// @vitest-environment happy-dom
import { record } from '@rrweb/record';
import { describe, expect, it } from 'vitest';
import { createLineCleaner } from '../../src/replay/clean-line';

/** An ordinary page: styles, links, images, a form, an SVG icon, inline data and some text. */
const PAGE = `
  <style>html{scroll-behavior:smooth} .hero{background:url(/hero.png) center/cover} @media (max-width:600px){.nav{display:none}}</style>
  <nav class="nav flex gap-2"><a href="/">Home</a> <a href="/cart?step=2" target="_blank" rel="noopener">Cart (2)</a></nav>
  <main class="hero" style="padding: 12px; color: #333">
    <h1 title="Welcome">Summer sale</h1>
    <img src="/p/1.png" srcset="/p/1.png 1x, /p/1@2x.png 2x" alt="Shoe" width="120" height="80">
    <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
    <svg viewBox="0 0 10 10" aria-hidden="true"><use href="#icon-cart"></use><path d="M0 0L10 10"/></svg>
    <form action="/search" method="get"><input name="q" placeholder="Search"><button type="submit">Go</button></form>
    <ul>${Array.from({ length: 20 }, (_, i) => `<li data-id="${i}">Item ${i}</li>`).join('')}</ul>
  </main>`;

// happy-dom has no DOMTokenList global, which rrweb's polyfill step reads; give it the real class.
const slots = window as unknown as Record<string, unknown>;
slots.DOMTokenList ??= document.documentElement.classList.constructor;

describe('a real rrweb recording', () => {
  it('passes the server cleaner unchanged when it holds nothing unsafe or personal', async () => {
    document.body.innerHTML = PAGE;
    const events: unknown[] = [];
    const stop = record({ emit: (event) => void events.push(event) });
    document.querySelector('h1')!.textContent = 'Summer sale, last day';
    document.querySelector('main')!.setAttribute('data-state', 'open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop?.();
    expect(events.some((event) => (event as { type: number; data: { source?: number } }).type === 3 && (event as { data: { source?: number } }).data.source === 0)).toBe(true);
    const clean = createLineCleaner();
    const lines = events.map((event) => JSON.stringify(event));
    const cleaned = lines.map((line) => clean(line));
    expect(cleaned.map((event) => event?.type)).toEqual(events.map((event) => (event as { type: number }).type));
    // Events keep only type, data and timestamp; apart from that, byte for byte what was recorded.
    const strip = (event: unknown) => {
      const { type, data, timestamp } = event as Record<string, unknown>;
      return { type, data, timestamp };
    };
    expect(cleaned).toEqual(events.map((event) => JSON.parse(JSON.stringify(strip(event)))));
    expect(JSON.stringify(cleaned)).toContain('scroll-behavior');
  });
});
