import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollector, keyCategory } from '@sightline/trackers';
import type { ScoringInput } from '@sightline/scoring';
import { expectNoLeaks, mouse, track } from './helpers';

beforeEach(() => {
  document.body.innerHTML = `
    <section data-topic="pricing">
      <button id="buy" type="submit" data-cta>Buy <span id="inner">now</span></button>
      <div id="plain">Text</div>
    </section>
    <form id="f"><input id="email" name="email" required /><input id="pw" type="password" /></form>`;
});
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('core collector (§0.1)', () => {
  it('publishes env then pageview once every plugin is set up', async () => {
    const { kinds, samples, settle } = track([createCollector()]);
    await settle();
    expect(samples.map((s) => s.kind).slice(0, 2)).toEqual(['pageview', 'env']);
    expect(kinds('pageview')[0]).toMatchObject({ url: expect.not.stringContaining('?'), navType: 'navigate' });
    const env = kinds('env')[0]!;
    expect(Object.keys(env).sort()).toEqual(
      ['hasFocus', 'isChromeDesktop', 'kind', 'languagesLength', 'outerHeight', 'outerWidth', 'pluginsLength', 't', 'userAgent', 'visibilityState', 'webdriver'].sort(),
    );
  });

  it('describes a click: modifiers, isTrusted, closest interactive ancestor, CTA, topic', async () => {
    const { kinds } = track([createCollector()]);
    mouse('click', document.querySelector('#inner')!, 10, 20, { detail: 1, ctrlKey: true });
    const [click] = kinds('click');
    expect(click).toMatchObject({
      x: 10, y: 20, detail: 1, isTrusted: false, pointerType: 'mouse',
      modifiers: { ctrl: true, meta: false, alt: false, shift: false },
      target: { selector: '#buy', tag: 'button', interactive: true, cta: true, topic: 'pricing', excluded: false, private: false, form: null },
    });
    const input: ScoringInput = click as unknown as ScoringInput;
    expect(input.kind).toBe('click');
  });

  it('flags private, required and form-owned fields', () => {
    const { kinds } = track([createCollector()]);
    mouse('click', document.querySelector('#pw')!, 1, 1, { detail: 1 });
    mouse('click', document.querySelector('#email')!, 1, 1, { detail: 1 });
    expect(kinds('click').map((c) => c.target)).toMatchObject([
      { selector: '#pw', private: true, editable: true, excluded: true, form: '#f' },
      { selector: '#email', private: false, required: true, form: '#f' },
    ]);
  });

  it('keeps the key category, never the key', () => {
    const { kinds } = track([createCollector()]);
    for (const init of [{ key: 'a' }, { key: 'Backspace' }, { key: 'ArrowLeft' }, { key: 'Shift' }, { key: 'l', metaKey: true }]) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    }
    const keys = kinds('keydown');
    expect(keys.map((k) => k.category)).toEqual(['char', 'delete', 'nav', 'modifier', 'other']);
    expect(keys[4]).toMatchObject({ exitKey: true, modifiers: { meta: true } });
    expect(JSON.stringify(keys)).not.toMatch(/"key"|Backspace|ArrowLeft/);
    expect(keyCategory(new KeyboardEvent('keydown', { key: 'Tab' }))).toBe('nav');
  });

  it('samples errors, coalesced mutations, conversions, document leaves and activity', async () => {
    const { client, kinds, settle } = track([createCollector({ conversionEvents: ['purchase'] })]);
    await settle();
    window.dispatchEvent(new ErrorEvent('error', { message: 'boom' }));
    document.body.append(document.createElement('p'), document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    client.track('purchase');
    client.track('other');
    mouse('mouseout', document.body, 5, 3, { relatedTarget: null });
    document.body.dispatchEvent(new WheelEvent('wheel', { bubbles: true }));
    expect(kinds('error')).toHaveLength(1);
    expect(kinds('mutation')).toHaveLength(1);
    expect(kinds('conversion')).toMatchObject([{ name: 'purchase' }]);
    expect(kinds('doc_leave')).toMatchObject([{ x: 5, y: 3 }]);
    expect(kinds('activity')).toMatchObject([{ source: 'wheel' }]);
  });

  it('uses one clock: t never goes back between samples of one page', async () => {
    const { samples, settle } = track([createCollector()]);
    await settle();
    mouse('click', document.querySelector('#plain')!, 1, 1, { detail: 1 });
    const ts = samples.map((s) => s.t);
    expect(ts.every((t, i) => Number.isInteger(t) && (i === 0 || t >= ts[i - 1]!))).toBe(true);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createCollector()], () => {
      mouse('click', document.querySelector('#buy')!, 1, 1, { detail: 1 });
      document.body.append(document.createElement('i'));
    });
  });
});

describe('page views from SPA navigation', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  it('starts a page view on a route change, not on replaceState or an in-page anchor', async () => {
    const { kinds, settle } = track([createCollector()]);
    await settle();
    history.pushState(null, '', '/pricing');
    history.replaceState(null, '', '/pricing?tab=2');
    history.pushState(null, '', '/pricing?tab=2#faq');
    history.pushState(null, '', '/#/cart');
    expect(kinds('pageview').map((p) => [new URL(p.url as string).pathname + new URL(p.url as string).hash, p.navType])).toEqual([
      ['/', 'navigate'],
      ['/pricing', 'navigate'],
      ['/#/cart', 'navigate'],
    ]);
  });
});
