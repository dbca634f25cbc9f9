import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFormFieldTracker } from '@sightline/trackers';
import { expectNoLeaks, track } from './helpers';

const SECRET = 'correct horse battery';

beforeEach(() => {
  document.body.innerHTML = `
    <form id="signup"><input id="email" name="email" required value="a@b" /><input id="pw" type="password" /><textarea id="bio"></textarea><button type="submit">Go</button></form>`;
});
afterEach(() => sessionStorage.clear());

const focus = (el: Element, type: 'focusin' | 'focusout') => el.dispatchEvent(new FocusEvent(type, { bubbles: true }));
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string, inputType: string) => {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
};

describe('form_field tracker (§1.2)', () => {
  it('registers the form with its fields and initial lengths', async () => {
    const { kinds, settle } = track([createFormFieldTracker()]);
    await settle();
    expect(kinds('form_register')).toMatchObject([
      { form: '#signup', fields: [{ selector: '#email', required: true, private: false, length: 3 }, { selector: '#pw', private: true, length: 0 }, { selector: '#bio', length: 0 }] },
    ]);
  });

  it('samples focus, input with its type and length, blur; sends form_start and a field summary', async () => {
    const { kinds, sent } = track([createFormFieldTracker()]);
    const bio = document.querySelector<HTMLTextAreaElement>('#bio')!;
    focus(bio, 'focusin');
    type(bio, 'Hi', 'insertText');
    type(bio, 'H', 'deleteContentBackward');
    type(bio, 'Ho', 'insertText');
    focus(bio, 'focusout');
    expect(kinds('input').map((i) => [i.inputType, i.valueLength])).toEqual([['insertText', 2], ['deleteContentBackward', 1], ['insertText', 2]]);
    expect(kinds('focus')).toMatchObject([{ target: { selector: '#bio', form: '#signup' } }]);
    const events = await sent();
    expect(events.map((e) => e.type)).toEqual(['form_start', 'field_summary']);
    expect(events[1]!.props).toMatchObject({ inputs: 3, corrections: 1, hesitation: false, refill: false, length: 2 });
  });

  it('tracks only emptiness of private fields, never their value', async () => {
    const { kinds, sent } = track([createFormFieldTracker()]);
    const pw = document.querySelector<HTMLInputElement>('#pw')!;
    focus(pw, 'focusin');
    type(pw, SECRET, 'insertText');
    focus(pw, 'focusout');
    expect(kinds('input').map((i) => i.valueLength)).toEqual([1]);
    const events = await sent();
    expect(events.find((e) => e.type === 'field_summary')!.props!.length).toBe(1);
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });

  it('sends form_abandon at pagehide for a started form that was not submitted', async () => {
    const { sent } = track([createFormFieldTracker()]);
    focus(document.querySelector('#email')!, 'focusin');
    type(document.querySelector('#email')!, 'a@bc', 'insertText');
    window.dispatchEvent(new Event('pagehide'));
    const abandon = (await sent()).find((e) => e.type === 'form_abandon');
    expect(abandon).toMatchObject({ target: { selector: '#signup' }, props: { form: '#signup', abandonedField: '#email' } });
  });

  it('a submitted form is not abandoned; invalid and aria-invalid are errors', async () => {
    const { kinds, sent } = track([createFormFieldTracker()]);
    const email = document.querySelector('#email')!;
    focus(email, 'focusin');
    email.dispatchEvent(new Event('invalid'));
    email.setAttribute('aria-invalid', 'true');
    await new Promise((resolve) => setTimeout(resolve, 0));
    const form = document.querySelector('#signup')!;
    form.addEventListener('submit', (e) => e.preventDefault(), { once: true });
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(kinds('invalid')).toHaveLength(2);
    expect(kinds('submit')).toMatchObject([{ form: '#signup' }]);
    expect((await sent()).map((e) => e.type)).toEqual(['form_start', 'form_submit']);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createFormFieldTracker()], () => {
      focus(document.querySelector('#email')!, 'focusin');
      document.querySelector('#email')!.setAttribute('aria-invalid', 'true');
    });
  });
});
