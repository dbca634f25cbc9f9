// Realistic events of about 1 KB: autocapture clicks and pageviews with selectors, rects and props.
import { randomUUID } from 'node:crypto';

const PATHS = ['/', '/products', '/products/p-1042', '/cart', '/checkout', '/blog/how-to-choose', '/account', '/search'];
const SELECTORS = ['#checkout > button', 'main > section:nth-of-type(2) > a[data-testid="product-link-p3"]', 'nav > ul > li:nth-of-type(3) > a', '#add-to-cart'];

export function makeEvent(i, sessionId) {
  const path = PATHS[i % PATHS.length];
  const ts = Date.now() - 1000 + (i % 1000);
  return {
    v: 1,
    id: randomUUID(),
    type: i % 3 === 0 ? 'pageview' : 'click',
    ts,
    sessionId,
    anonymousId: `anon-${sessionId}`,
    page: {
      url: `https://shop.example.com${path}?utm_source=newsletter&utm_medium=email&utm_campaign=autumn-sale-2026&ref=${i}`,
      path,
      title: 'Autumn sale: everything you need for the season, now up to 40% off | Example Shop',
      referrer: 'https://www.google.com/search?q=example+shop+autumn+sale',
      viewport: { w: i % 2 ? 1440 : 390, h: 860 },
      docHeight: 5230,
    },
    target: { selector: SELECTORS[i % SELECTORS.length], tag: 'button', text: 'Add to cart — free delivery over 50 EUR', href: `https://shop.example.com${path}`, rect: { x: 412.5, y: 1290.25, w: 180, h: 44 } },
    pos: { pageX: 500.5, pageY: 1310.75, relX: 0.4861, relY: 0.4602 },
    props: { product: 'p-1042', variant: 'size-m-colour-forest-green', price: 49.95, currency: 'EUR', position: i % 12, list: 'autumn-sale-grid', experiment: 'checkout-button-v3', pointer: i % 2 ? 'fine' : 'coarse' },
  };
}

/** `count` batch bodies of `size` fresh events each, as JSON text. */
export function makeBodies(count, size = 50) {
  const bodies = [];
  for (let b = 0; b < count; b++) {
    const sessionId = randomUUID();
    const events = Array.from({ length: size }, (_, i) => makeEvent(b * size + i, sessionId));
    bodies.push(JSON.stringify({ v: 1, sentAt: Date.now(), events }));
  }
  return bodies;
}
