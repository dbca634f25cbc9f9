import { describeElement, selectorOf, type Plugin } from '@sightline/core';
import { createFieldVisit, visitBlur, visitFocus, visitInput } from '@sightline/core/signals';
import { eventElement } from '../dom/element-rules';
import { afterSetup, createSessionTime } from '../collector/session-time';
import { describeTarget, type Target } from '../collector/target';
import { createFormRegistry, isField, valueLength, type FieldState, type FormState } from './form-state';
import { rulesOf, type TargetOptions } from './rules';

export interface FormFieldOptions extends TargetOptions {
  /** A first input this long after focus is a hesitation. Default 2000 ms. */
  hesitationMs?: number;
}

/**
 * §1.2 `form_field`: samples `form_register`, `focus`, `blur`, `input`, `invalid`, `submit`;
 * signals `form_start`, `field_summary` (on blur), `form_submit` and `form_abandon` (pagehide).
 * Values are never read except `.value.length`, and only emptiness for private fields.
 */
export function createFormFieldTracker(options: FormFieldOptions = {}): Plugin {
  const rules = rulesOf(options);
  const hesitationMs = options.hesitationMs ?? 2000;
  return {
    name: 'sightline/form-field@1',
    setup(ctx) {
      if (!ctx.env) return;
      const { window: win, document: doc } = ctx.env;
      const time = createSessionTime(ctx);
      const fields = new Map<string, FieldState>();
      const forms = new Map<string, FormState>();

      const register = createFormRegistry(ctx, forms);
      const touch = (field: HTMLInputElement, target: Target, t: number) => {
        if (!field.form || !target.form) return;
        const form = register(field.form, t);
        form.lastField = target.selector;
        form.lastT = t;
        if (form.started) return;
        form.started = true;
        ctx.emit({ type: 'form_start', target: describeElement(field.form, win, false) });
      };
      const fieldOf = (event: Event) => {
        const element = eventElement(event);
        return isField(element) ? element : undefined;
      };

      const cancel = afterSetup(ctx, () => {
        const t = time.now();
        for (const form of Array.from(doc.forms)) register(form, t);
      });
      ctx.listen('focusin', (event) => {
        const field = fieldOf(event);
        if (!field) return;
        const t = time.at(event);
        const target = describeTarget(field, rules);
        let state = fields.get(target.selector);
        if (!state) fields.set(target.selector, (state = { ...createFieldVisit(), visitInputs: 0, visitCorrections: 0 }));
        visitFocus(state, t);
        state.visitInputs = state.visitCorrections = 0;
        if (field.form) register(field.form, t);
        ctx.sample({ kind: 'focus', t, target });
        touch(field, target, t);
      });
      ctx.listen<InputEvent>('input', (event) => {
        const field = fieldOf(event);
        if (!field) return;
        const t = time.at(event);
        const target = describeTarget(field, rules);
        const inputType = typeof event.inputType === 'string' ? event.inputType : '';
        ctx.sample({ kind: 'input', t, target, inputType, valueLength: valueLength(field, target.private), isTrusted: event.isTrusted === true });
        const state = fields.get(target.selector);
        if (state?.inVisit) {
          state.visitInputs += 1;
          if (inputType.startsWith('delete')) state.visitCorrections += 1;
          visitInput(state, t, hesitationMs);
        }
        touch(field, target, t);
      });
      const summarize = (field: Element, target: Target, state: FieldState, t: number) => {
        const ttfiMs = state.firstInputT >= 0 ? state.firstInputT - state.visitT : null;
        const length = valueLength(field, target.private);
        ctx.emit({
          type: 'field_summary',
          target: describeElement(field, win, false),
          props: {
            dwellMs: t - state.visitT, inputs: state.visitInputs, corrections: state.visitCorrections, ttfiMs,
            hesitation: ttfiMs !== null && ttfiMs > hesitationMs, refill: state.visitReturn && state.visitInputs > 0, length,
          },
        });
        visitBlur(state, length);
      };
      ctx.listen('focusout', (event) => {
        const field = fieldOf(event);
        if (!field) return;
        const t = time.at(event);
        const target = describeTarget(field, rules);
        ctx.sample({ kind: 'blur', t, target });
        const state = fields.get(target.selector);
        if (state?.inVisit) summarize(field, target, state, t);
      });
      ctx.listen('invalid', (event) => {
        const field = fieldOf(event);
        if (field) ctx.sample({ kind: 'invalid', t: time.at(event), target: describeTarget(field, rules) });
      });
      ctx.listen('submit', (event) => {
        const form = eventElement(event);
        if (!form || form.tagName !== 'FORM') return;
        const state = register(form as HTMLFormElement, time.at(event));
        state.submitted = true;
        ctx.sample({ kind: 'submit', t: time.at(event), form: selectorOf(form) });
        ctx.emit({ type: 'form_submit', target: describeElement(form, win, false) });
      });
      // `aria-invalid` turning "true" is an error too (§1.2).
      const Observer = (win as Window & typeof globalThis).MutationObserver;
      const observer = typeof Observer === 'function'
        ? new Observer((records) => {
            for (const record of records) {
              const field = record.target as Element;
              if (isField(field) && field.getAttribute('aria-invalid') === 'true' && record.oldValue !== 'true') {
                ctx.sample({ kind: 'invalid', t: time.now(), target: describeTarget(field, rules) });
              }
            }
          })
        : undefined;
      observer?.observe(doc, { attributes: true, attributeFilter: ['aria-invalid'], attributeOldValue: true, subtree: true });
      ctx.listen('pagehide', () => {
        for (const [form, state] of forms) {
          if (!state.started || state.submitted) continue;
          ctx.emit({ type: 'form_abandon', target: describeElement(state.element, win, false), props: { form, abandonedField: state.lastField } });
        }
      }, { target: 'window' });
      return () => {
        cancel();
        observer?.disconnect();
      };
    },
  };
}
