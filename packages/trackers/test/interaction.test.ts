import { afterEach, describe, expect, it } from 'vitest';
import { createJsErrorsPlugin, createWebVitalsPlugin, hashMessage, interactionTrackers } from '@sightline/trackers';
import { createScorer, type ScoringInput } from '@sightline/scoring';
import { expectNoLeaks, mouse, track } from './helpers';

afterEach(() => sessionStorage.clear());

describe('interactionTrackers', () => {
  it('returns the collector and the 8 trackers, each one switchable', () => {
    expect(interactionTrackers().map((p) => p.name)).toEqual([
      'sightline/collector@1', 'sightline/hover-intent@1', 'sightline/clipboard@1', 'sightline/text-selection@1',
      'sightline/scroll-regression@1', 'sightline/mouse-dynamics@1', 'sightline/cta-proximity@1', 'sightline/form-field@1',
      'sightline/tab-visibility@1',
    ]);
    expect(interactionTrackers({ collector: false, clipboard: false, mouseDynamics: false })).toHaveLength(6);
  });

  it('passes the CTA selector and topic attribute to every tracker', () => {
    document.body.innerHTML = `<div id="card" class="buy" data-section="shoes"><a href="/x" id="go">Go</a></div>`;
    const { kinds } = track(interactionTrackers({ ctaSelector: '#go', topicAttribute: 'data-section' }));
    mouse('mouseover', document.querySelector('#go')!, 1, 1);
    mouse('click', document.querySelector('#go')!, 1, 1, { detail: 1 });
    expect(kinds('hover_enter')[0]!.target).toMatchObject({ selector: '#go', cta: true, topic: 'shoes' });
    expect(kinds('click')[0]!.target).toMatchObject({ selector: '#go', cta: true, topic: 'shoes' });
  });

  it('publishes one move per pointer move, whatever the number of trackers reading moves', () => {
    const { kinds } = track(interactionTrackers());
    mouse('mousemove', document.body, 3, 4);
    expect(kinds('move')).toHaveLength(1);
  });

  it('publishes samples the scorer takes as they are: every kind known, nothing thrown', async () => {
    document.body.innerHTML = `<form id="f"><input id="a" required /></form><button data-cta id="b">B</button><p id="p">Words</p>`;
    const { samples, settle } = track(interactionTrackers());
    await settle();
    mouse('mouseover', document.querySelector('#b')!, 1, 1);
    mouse('mousemove', document.body, 5, 5);
    mouse('click', document.querySelector('#b')!, 5, 5, { detail: 1 });
    const field = document.querySelector<HTMLInputElement>('#a')!;
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    field.value = 'x';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    document.querySelector('#p')!.dispatchEvent(new Event('copy', { bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: 'x' }));
    window.dispatchEvent(new Event('pagehide'));
    const known = ['pageview', 'pagehide', 'click', 'keydown', 'error', 'mutation', 'conversion', 'env', 'doc_leave', 'form_register',
      'cta_register', 'activity', 'hover_enter', 'hover_leave', 'clip', 'sel_change', 'scroll', 'move', 'focus', 'blur', 'input', 'invalid', 'submit', 'vis'];
    const kinds = new Set(samples.map((s) => s.kind));
    expect([...kinds].filter((k) => !known.includes(k))).toEqual([]);
    for (const kind of ['pageview', 'env', 'form_register', 'cta_register', 'scroll', 'hover_enter', 'move', 'click', 'focus', 'input', 'clip', 'keydown', 'pagehide']) {
      expect(kinds, kind).toContain(kind);
    }
    const scorer = createScorer();
    expect(() => scorer.pushAll(samples as unknown as ScoringInput[])).not.toThrow();
    const scores = scorer.scores(samples[samples.length - 1]!.t);
    expect(scores.form_abandonment.status).toBe('abandoned');
    expect(scores.copy_intent.copies).toBe(1);
  });

  it('all together: start, stop, start, stop leaves nothing behind', async () => {
    document.body.innerHTML = `<form id="f"><input id="a" /></form><button data-cta id="b">B</button>`;
    await expectNoLeaks(() => interactionTrackers({ tabVisibility: { pauseOnBlur: true } }), () => {
      mouse('mouseover', document.querySelector('#b')!, 1, 1);
      mouse('mousemove', document.body, 5, 5);
      document.querySelector('#a')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      document.dispatchEvent(new Event('scroll'));
    });
  });
});

describe('js errors', () => {
  it('sends the kind, a hash and the position, never the message', async () => {
    const { sent } = track([createJsErrorsPlugin({ maxPerPage: 2 })]);
    const message = 'Cannot read jane.doe@example.com';
    for (let i = 0; i < 3; i++) window.dispatchEvent(new ErrorEvent('error', { message, filename: 'https://a.test/app.js?v=1', lineno: 3, colno: 7 }));
    const events = (await sent()).filter((e) => e.type === 'js_error');
    expect(events.map((e) => e.props)).toEqual([
      { kind: 'error', hash: hashMessage(message), source: 'https://a.test/app.js', line: 3, column: 7 },
      { kind: 'error', hash: hashMessage(message), source: 'https://a.test/app.js', line: 3, column: 7 },
    ]);
    expect(JSON.stringify(events)).not.toContain('jane');
    expect(hashMessage('abc')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createJsErrorsPlugin()], () => void window.dispatchEvent(new ErrorEvent('error', { message: 'x' })));
  });
});

describe('web vitals', () => {
  it('does nothing where the browser has no PerformanceObserver, and never throws', async () => {
    const { errors, settle } = track([createWebVitalsPlugin()]);
    await settle();
    expect(errors).toEqual([]);
  });
});
