import { afterEach, describe, expect, it } from 'vitest';
import { createInputMasker, createTextMasker, maskChars } from '../src/privacy/mask';
import { resolveOptions } from '../src/index';

const scrub = (text: string) => text.replace(/\S+@\S+/g, '[email]');
const rules = (maskAllText = false) => {
  const options = resolveOptions({ maskAllText });
  return { maskSelector: options.maskSelector, unmaskSelector: options.unmaskSelector, maskAllText, scrub };
};
const html = (markup: string) => {
  document.body.innerHTML = markup;
  return (selector: string) => document.querySelector(selector) as HTMLElement;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('text masking', () => {
  it('scrubs PII from ordinary text and masks every character inside data-sl-mask', () => {
    const $ = html('<p id="a">mail jane@example.com</p><div data-sl-mask><span id="b">Jane Doe</span></div>');
    const mask = createTextMasker(rules());
    expect(mask('mail jane@example.com', $('#a'))).toBe('mail [email]');
    expect(mask('Jane Doe', $('#b'))).toBe('**** ***');
  });

  it('lets the nearest marker win: unmask inside mask shows (scrubbed) text, mask inside unmask hides it', () => {
    const $ = html('<div data-sl-mask><p data-sl-unmask id="a">x</p></div><div data-sl-unmask><p data-sl-mask id="b">x</p></div>');
    const mask = createTextMasker(rules());
    expect(mask('hi jane@example.com', $('#a'))).toBe('hi [email]');
    expect(mask('secret', $('#b'))).toBe('******');
  });

  it('masks contenteditable text and everything under maskAllText unless unmasked', () => {
    const $ = html('<div contenteditable="true"><b id="a">typed</b></div><p id="b">plain</p><p data-sl-unmask id="c">shown</p>');
    expect(createTextMasker(rules())('typed', $('#a'))).toBe('*****');
    const all = createTextMasker(rules(true));
    expect(all('plain', $('#b'))).toBe('*****');
    expect(all('shown', $('#c'))).toBe('shown');
  });

  it('follows a mask marker on a shadow host into its shadow root', () => {
    const $ = html('<div data-sl-mask id="host"></div>');
    const root = $('#host').attachShadow({ mode: 'open' });
    root.innerHTML = '<span>inside</span>';
    expect(createTextMasker(rules())('inside', root.querySelector('span') as HTMLElement)).toBe('******');
  });

  it('masks when one element carries both markers, and keeps the mask markers when a custom selector is invalid', () => {
    const $ = html('<div data-sl-unmask data-sl-mask><span id="a">both</span></div><div data-sl-mask><span id="b">hidden</span></div><p id="c">a@b.co x</p>');
    expect(createTextMasker(rules())('both', $('#a'))).toBe('****');
    const broken = { ...rules(), unmaskSelector: `${rules().unmaskSelector}, [[invalid` };
    const mask = createTextMasker(broken);
    expect(mask('hidden', $('#b'))).toBe('******');
    expect(mask('a@b.co x', $('#c'))).toBe('[email] x');
  });

  it('keeps whitespace so the replay keeps its layout', () => {
    expect(maskChars(' a b\n')).toBe(' * *\n');
  });
});

describe('input masking', () => {
  it('masks every value by default and never shows a password, even when unmasked', () => {
    const $ = html('<input id="a" type="text"><div data-sl-unmask><input id="b" type="password"><input id="c" type="text"></div>');
    const mask = createInputMasker(rules());
    expect(mask('hello', $('#a'))).toBe('*****');
    expect(mask('hunter2', $('#b'))).toBe('********');
    expect(mask('jane@example.com hi', $('#c'))).toBe('[email] hi');
  });

  it('masks card and one-time-code fields whatever the markup says', () => {
    const $ = html('<div data-sl-unmask><input id="a" autocomplete="cc-number"><input id="b" autocomplete="one-time-code"></div>');
    const mask = createInputMasker(rules());
    expect(mask('4111111111111111', $('#a'))).toBe('********');
    expect(mask('123456', $('#b'))).toBe('********');
  });
});

describe('sanitizing recorded nodes', () => {
  it('drops inline handlers, javascript: URLs and srcdoc, and masks checkbox values', async () => {
    const { sanitizeEvent } = await import('../src/privacy/sanitize');
    const event = {
      type: 2,
      timestamp: 1,
      data: {
        node: {
          type: 0,
          childNodes: [
            { type: 2, tagName: 'a', attributes: { href: ' JavaScript:alert(1)', onclick: 'x()', title: 'ok' }, childNodes: [] },
            { type: 2, tagName: 'input', attributes: { type: 'checkbox', value: 'yes-please' } },
            { type: 2, tagName: 'iframe', attributes: { srcdoc: '<script>x()</script>', src: '/ok' } },
          ],
        },
      },
    };
    sanitizeEvent(event);
    const [a, input, iframe] = event.data.node.childNodes;
    expect(a?.attributes).toEqual({ title: 'ok' });
    expect(input?.attributes).toEqual({ type: 'checkbox', value: '**********' });
    expect(iframe?.attributes).toEqual({ src: '/ok' });
  });
});
