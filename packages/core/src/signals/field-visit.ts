/**
 * §1.2 `form_field` visits of one field, from focus to blur: when its first input came, whether
 * it was a hesitation (first input more than `hesitationMs` after the focus) and whether it was a
 * refill (a return to a field that had content at its last blur, with at least one input).
 */
export interface FieldVisit {
  inVisit: boolean;
  /** Focus time of the current or last visit. */
  visitT: number;
  /** The field had content at its last blur. */
  visitReturn: boolean;
  /** First input of the visit, or -1. */
  firstInputT: number;
  /** Value length at the last blur, or -1 before the first blur. */
  lastBlurLength: number;
}

/** The input was the visit's first. */
export const VISIT_FIRST_INPUT = 1;
export const VISIT_HESITATION = 2;
export const VISIT_REFILL = 4;

export const createFieldVisit = (): FieldVisit => ({ inVisit: false, visitT: 0, visitReturn: false, firstInputT: -1, lastBlurLength: -1 });

/** A focus opens a visit, also when the last one never saw its blur. */
export function visitFocus(v: FieldVisit, t: number): void {
  v.inVisit = true;
  v.visitT = t;
  v.visitReturn = v.lastBlurLength > 0;
  v.firstInputT = -1;
}

/** Returns VISIT_* flags when this is the visit's first input, else 0. */
export function visitInput(v: FieldVisit, t: number, hesitationMs: number): number {
  if (!v.inVisit || v.firstInputT >= 0) return 0;
  v.firstInputT = t;
  return VISIT_FIRST_INPUT | (t - v.visitT > hesitationMs ? VISIT_HESITATION : 0) | (v.visitReturn ? VISIT_REFILL : 0);
}

export function visitBlur(v: FieldVisit, length: number): void {
  v.inVisit = false;
  v.lastBlurLength = length;
}
