import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autocapture } from '@sightline/trackers';
import { createTestClient, probePage } from '@sightline/core/testing';

let counter = 0;
const setup = (options?: Parameters<typeof autocapture>[0]) => createTestClient({ projectKey: `trackers-${++counter}`, plugins: autocapture(options) });

beforeEach(() => {
  document.body.innerHTML = `
    <main id="main">
      <section class="grid">
        <article data-sl-product="p3" class="card">
          <a href="/product?id=p3" data-testid="product-link-p3"><span class="name">Linen shirt</span></a>
          <button type="button" data-sl-cta="add">Add to cart</button>
        </article>
        <div id="sale-badge">Sale!</div>
      </section>
      <form id="checkout" action="/thanks" method="post">
        <input name="email" type="email" />
        <input name="newsletter" type="checkbox" />
        <div data-sl-ignore><input name="card" type="text" /></div>
        <button id="place-order" type="submit">Pay</button>
      </form>
    </main>`;
});

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});

const click = (element: Element, x = 10, y = 5) => {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y, detail: 1 }));
};

describe('autocapture', () => {
  it('sends a pageview on load', async () => {
    const { transport, clock } = setup();
    await clock.advance(5000);
    expect(transport.delivered.map((e) => e.type)).toEqual(['pageview']);
  });

  it('captures a click on the element acted on, with selector, text, href, rect and positions', async () => {
    const { transport, clock } = setup({ pageview: false });
    const link = document.querySelector('[data-testid=product-link-p3]')!;
    link.getBoundingClientRect = () => ({ left: 100, top: 200, width: 200, height: 50, right: 300, bottom: 250, x: 100, y: 200, toJSON() {} }) as DOMRect;
    const span = link.querySelector('.name')!;
    span.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 150, clientY: 210 }));
    await clock.advance(5000);
    const [event] = transport.delivered;
    expect(event).toMatchObject({
      type: 'click',
      target: { selector: 'a[data-testid="product-link-p3"]', tag: 'a', text: 'Linen shirt', rect: { x: 100, y: 200, w: 200, h: 50 } },
      props: { product: 'p3' },
    });
    expect(event!.target!.href).toMatch(/\/product\?id=p3$/);
    expect(event!.pos).toEqual({ pageX: 150, pageY: 210, relX: 0.25, relY: 0.2 });
  });

  it('looks into an open shadow root for the element clicked', async () => {
    const { transport, clock } = setup({ pageview: false });
    const host = document.createElement('div');
    host.id = 'open-host';
    host.attachShadow({ mode: 'open' }).innerHTML = '<button data-testid="inside">Inside</button>';
    document.body.append(host);
    click(host.shadowRoot!.querySelector('button')!);
    click(document.getElementById('sale-badge')!);
    await clock.advance(5000);
    expect(transport.delivered.map((e) => e.target?.selector)).toEqual(['button[data-testid="inside"]', '#sale-badge']);
  });

  it('builds an nth-of-type path when there is no stable anchor nearby', async () => {
    const { transport, clock } = setup({ pageview: false });
    click(document.querySelector('#sale-badge')!);
    click(document.querySelector('[data-sl-cta]')!);
    await clock.advance(5000);
    expect(transport.delivered.map((e) => e.target!.selector)).toEqual(['#sale-badge', '#main > section > article > button']);
    expect(transport.delivered[1]!.props).toEqual({ cta: 'add', product: 'p3' });
  });

  it('captures nothing below data-sl-ignore', async () => {
    const { transport, clock } = setup({ pageview: false });
    const card = document.querySelector<HTMLInputElement>('input[name=card]')!;
    click(card);
    card.value = '4242 4242 4242 4242';
    card.dispatchEvent(new Event('change', { bubbles: true }));
    await clock.advance(5000);
    expect(transport.sends).toHaveLength(0);
  });

  it('records field changes by name, type and length, never the value', async () => {
    const { transport, clock } = setup({ pageview: false });
    const email = document.querySelector<HTMLInputElement>('input[name=email]')!;
    email.value = 'jane.doe@example.com';
    email.dispatchEvent(new Event('change', { bubbles: true }));
    const box = document.querySelector<HTMLInputElement>('input[name=newsletter]')!;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await clock.advance(5000);
    expect(transport.delivered.map((e) => e.props)).toEqual([
      { field: 'email', fieldType: 'email', length: 20 },
      { field: 'newsletter', fieldType: 'checkbox', checked: true },
    ]);
    expect(JSON.stringify(transport.sends)).not.toContain('jane.doe');
  });

  it('captures form submissions without values', async () => {
    const { transport, clock } = setup({ pageview: false });
    const form = document.querySelector<HTMLFormElement>('#checkout')!;
    form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await clock.advance(5000);
    expect(transport.delivered[0]).toMatchObject({
      type: 'submit',
      target: { selector: '#checkout', tag: 'form' },
      props: { action: '/thanks', method: 'post', fields: 4 },
    });
  });

  it('sends a pageview for each SPA navigation, with the previous URL as referrer', async () => {
    const { transport, clock } = setup({ pageview: false });
    history.pushState(null, '', '/about/team');
    history.pushState(null, '', '/about/team#bio');
    history.pushState(null, '', '/#/cart');
    await clock.advance(5000);
    const views = transport.delivered.map((e) => [e.type, e.page.path, new URL(e.page.referrer).pathname, e.props?.navigation]);
    expect(views).toEqual([
      ['pageview', '/about/team', '/', 'push'],
      ['pageview', '/', '/about/team', 'push'],
    ]);
  });

  it('start, stop, start, stop leaves no listener, timer or observer behind', async () => {
    const probe = probePage();
    try {
      const baseline = probe.counts();
      for (let round = 0; round < 2; round++) {
        const { client } = createTestClient({ projectKey: `trackers-leak-${round}`, clock: undefined, plugins: autocapture() });
        click(document.querySelector('#sale-badge')!);
        history.pushState(null, '', `/round-${round}`);
        await client.shutdown();
        expect(probe.counts()).toEqual(baseline);
      }
    } finally {
      probe.restore();
    }
  });
});
