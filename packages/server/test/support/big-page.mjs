// A large page as rrweb serializes it, for the replay tests and bench/replay-clean.mjs.

const WORDS = ['soft', 'cotton', 'shirt', 'blue', 'organic', 'fit', 'size', 'washable', 'eco', 'classic', 'summer', 'light', 'durable', 'gift', 'daily', 'premium'];

/** Text of `count` words that differs from card to card, as product descriptions do. */
const words = (seed, count) =>
  Array.from({ length: count }, (_, k) => `${WORDS[(seed * 31 + k * 17) % WORDS.length]}${k % 5 === 0 ? (seed * 13 + k) % 997 : ''}`).join(' ');

/**
 * A product-list page of about `nodes` serialized nodes: cards of a heading, a link, an image, a
 * price, a seller's e-mail address (to scrub), a description, and an `onclick` (to remove). 20,000
 * nodes are about 3 MB of JSON, one NDJSON line as a full snapshot. Pages of another `seed` share
 * no product text (so no scrubbed text is remembered from one to the next).
 */
export function bigPage(nodes, seed = 0) {
  let id = 0;
  const text = (textContent) => ({ type: 3, id: ++id, textContent });
  const el = (tagName, attributes = {}, childNodes = []) => ({ type: 2, id: ++id, tagName, attributes, childNodes });
  const cards = [];
  for (let i = seed * 1_000_000; cards.length * 12 < nodes; i++) {
    cards.push(
      el('article', { class: 'card product-card card--grid', 'data-sku': `sku-${i}`, onclick: 'track()' }, [
        el('h3', { class: 'card__title' }, [text(`Product number ${i} with a long descriptive name`)]),
        el('a', { href: `https://shop.example/products/${i}?ref=list&utm_source=home`, class: 'card__link' }, [text('View details')]),
        el('img', { src: `https://cdn.shop.example/img/${i}.jpg`, alt: `Photo of product ${i}`, width: '320', height: '240' }),
        el('p', { class: 'card__price' }, [text(`${(i * 3.7).toFixed(2)} EUR`)]),
        el('p', { class: 'card__seller' }, [text(`Sold by seller${i % 50}@shop.example, ships in ${i % 5} days`)]),
        el('p', { class: 'card__text', title: words(i, 8) }, [text(words(i * 7, 90))]),
      ]),
    );
  }
  const main = el('main', { class: 'grid', style: 'display: grid; grid-template-columns: repeat(4, 1fr)' }, cards);
  return { type: 0, id: ++id, childNodes: [el('html', {}, [el('head'), el('body', {}, [main])])] };
}
