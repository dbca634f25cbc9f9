import { selectorOf, type PluginContext } from '@sightline/core';
import type { FieldVisit } from '@sightline/core/signals';
import { isPrivate } from '../collector/target';

/** Per-field and per-form bookkeeping of the `form_field` tracker's signals (§1.2). */
export interface FieldState extends FieldVisit {
  visitInputs: number;
  visitCorrections: number;
}

export interface FormState {
  element: Element;
  started: boolean;
  submitted: boolean;
  lastField: string;
  lastT: number;
}

export const FIELD_SELECTOR = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=hidden]),select,textarea';

/** `.value.length`, or 0/1 emptiness for private fields (§1.1 form_field privacy). */
export function valueLength(field: Element, privateField: boolean): number {
  const value = (field as HTMLInputElement).value;
  const length = typeof value === 'string' ? value.length : 0;
  return privateField ? Math.min(1, length) : length;
}

export const isField = (element: Element | null | undefined): element is HTMLInputElement => {
  try {
    return element?.matches(FIELD_SELECTOR) === true;
  } catch {
    return false;
  }
};

/**
 * §4.1 `form_register`: a form's fields and their lengths when first seen (at start, or at the
 * first focus in a form that appeared later). Returns the form's state.
 */
export function createFormRegistry(ctx: PluginContext, forms: Map<string, FormState>) {
  return (form: HTMLFormElement, t: number): FormState => {
    const selector = selectorOf(form);
    const known = forms.get(selector);
    if (known) return known;
    const state: FormState = { element: form, started: false, submitted: false, lastField: '', lastT: -1 };
    forms.set(selector, state);
    const fields = Array.from(form.querySelectorAll(FIELD_SELECTOR)).map((field) => {
      const privateField = isPrivate(field);
      return { selector: selectorOf(field), required: (field as HTMLInputElement).required === true, private: privateField, length: valueLength(field, privateField) };
    });
    ctx.sample({ kind: 'form_register', t, form: selector, fields });
    return state;
  };
}
