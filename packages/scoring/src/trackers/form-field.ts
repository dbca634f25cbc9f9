import {
  createFieldVisit, visitBlur, visitFocus, visitInput, VISIT_FIRST_INPUT, VISIT_HESITATION, VISIT_REFILL, type FieldVisit,
} from '@sightline/core/signals';
import type { FormRegisterInput } from '../input/events';
import type { ScoringInput } from '../input/index';
import type { FieldInput } from '../input/samples';
import type { Target } from '../input/target';

/** §1.2 `form_field` with §4.3: fields keyed by selector, grouped by their owning form; visits as the tracker counts them. */
export interface FieldRec extends FieldVisit {
  form: string | null;
  required: boolean;
  length: number;
}

export interface FormRec {
  id: string;
  started: boolean;
  /** Order of the latest start, so the most recently started form wins. */
  startSeq: number;
  submitted: boolean;
  abandoned: boolean;
  errors: number;
  refills: number;
  hesitations: number;
  corrections: number;
  /** Field with the latest focusin or input (Zuko field abandon). */
  lastField: string | null;
  /** Field selectors from `form_register`, or null when never registered. */
  registered: string[] | null;
  /** Fields seen through events, used when the form was never registered. */
  seen: string[];
}

export interface FormTrack {
  fields: Map<string, FieldRec>;
  forms: Map<string, FormRec>;
  seq: number;
  lastStarted: FormRec | null;
}

export const FORM_VISIT_INPUT = VISIT_FIRST_INPUT;
export const FORM_HESITATION = VISIT_HESITATION;
export const FORM_REFILL = VISIT_REFILL;

export function createFormTrack(): FormTrack {
  return { fields: new Map(), forms: new Map(), seq: 0, lastStarted: null };
}

function formRec(ft: FormTrack, id: string): FormRec {
  let f = ft.forms.get(id);
  if (!f) {
    f = {
      id, started: false, startSeq: 0, submitted: false, abandoned: false, errors: 0, refills: 0,
      hesitations: 0, corrections: 0, lastField: null, registered: null, seen: [],
    };
    ft.forms.set(id, f);
  }
  return f;
}

function fieldRec(ft: FormTrack, target: Target): FieldRec {
  let r = ft.fields.get(target.selector);
  if (!r) {
    r = { ...createFieldVisit(), form: null, required: false, length: 0 };
    ft.fields.set(target.selector, r);
  }
  if (target.form != null && r.form !== target.form) r.form = target.form;
  if (target.required) r.required = true;
  if (r.form !== null) {
    const f = formRec(ft, r.form);
    if (f.registered === null && !f.seen.includes(target.selector)) f.seen.push(target.selector);
  }
  return r;
}

/** Start (or keep) the form and remember the field touched last. */
function touch(ft: FormTrack, r: FieldRec, selector: string): FormRec | null {
  if (r.form === null) return null;
  const f = formRec(ft, r.form);
  if (!f.started || f.abandoned) {
    f.started = true;
    f.abandoned = false;
    f.startSeq = ++ft.seq;
    ft.lastStarted = f;
  }
  f.lastField = selector;
  return f;
}

export function formFocus(ft: FormTrack, target: Target, t: number): void {
  const r = fieldRec(ft, target);
  visitFocus(r, t);
  touch(ft, r, target.selector);
}

export function formBlur(ft: FormTrack, target: Target): void {
  const r = fieldRec(ft, target);
  visitBlur(r, r.length);
}

/** Returns FORM_* flags describing what this input counted. */
export function formInput(ft: FormTrack, input: FieldInput, hesitationMs: number): number {
  const r = fieldRec(ft, input.target);
  r.length = input.valueLength;
  const f = touch(ft, r, input.target.selector);
  if (f !== null && input.inputType.startsWith('delete')) f.corrections += 1;
  const flags = visitInput(r, input.t, hesitationMs);
  if (f !== null) {
    if (flags & FORM_HESITATION) f.hesitations += 1;
    if (flags & FORM_REFILL) f.refills += 1;
  }
  return flags;
}

export function formInvalid(ft: FormTrack, target: Target): void {
  const r = fieldRec(ft, target);
  if (r.form !== null) formRec(ft, r.form).errors += 1;
}

export function formSubmit(ft: FormTrack, form: string): void {
  const f = formRec(ft, form);
  f.submitted = true;
  f.abandoned = false;
}

export function formRegister(ft: FormTrack, input: FormRegisterInput): void {
  const f = formRec(ft, input.form);
  f.registered = [];
  for (const s of input.fields) {
    f.registered.push(s.selector);
    fieldRec(ft, { selector: s.selector, form: input.form });
    const r = ft.fields.get(s.selector)!;
    r.required = s.required;
    r.length = s.length;
  }
}

/** §1.2: started ∧ ¬submitted ⇒ abandoned; open visits end with the page. */
export function formPagehide(ft: FormTrack): void {
  for (const f of ft.forms.values()) if (f.started && !f.submitted) f.abandoned = true;
  for (const r of ft.fields.values()) r.inVisit = false;
}

/** §4.2.4: counters, statuses and visits reset; registries and field lengths are kept. */
export function formSessionReset(ft: FormTrack): void {
  for (const f of ft.forms.values()) {
    f.started = f.submitted = f.abandoned = false;
    f.startSeq = f.errors = f.refills = f.hesitations = f.corrections = 0;
    f.lastField = null;
  }
  for (const r of ft.fields.values()) {
    r.lastBlurLength = -1;
    r.inVisit = false;
  }
  ft.lastStarted = null;
}

/** Route a form-related input; returns FORM_* flags for `input` samples, else 0. */
export function formStep(ft: FormTrack, i: ScoringInput, hesitationMs: number): number {
  switch (i.kind) {
    case 'focus': formFocus(ft, i.target, i.t); return 0;
    case 'blur': formBlur(ft, i.target); return 0;
    case 'input': return formInput(ft, i, hesitationMs);
    case 'invalid': formInvalid(ft, i.target); return 0;
    case 'submit': formSubmit(ft, i.form); return 0;
    case 'form_register': formRegister(ft, i); return 0;
    case 'pagehide': formPagehide(ft); return 0;
    case 'session_start': formSessionReset(ft); return 0;
    default: return 0;
  }
}
