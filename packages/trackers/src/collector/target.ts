import { selectorOf } from '@sightline/core';
import { actionTarget, INTERACTIVE_SELECTOR as INTERACTIVE } from '../dom/element-rules';

/** The target descriptor of spec §0.1/§4.1, shaped as `@sightline/scoring`'s `Target`. */
export interface Target {
  selector: string;
  tag: string;
  interactive: boolean;
  cta: boolean;
  topic: string | null;
  editable: boolean;
  excluded: boolean;
  private: boolean;
  form: string | null;
  required: boolean;
}

export interface TargetRules {
  /** CTA selector list (§0.1). */
  ctaSelector: string;
  /** Attribute naming a content topic (§0.1 `data-topic`). */
  topicAttribute: string;
}

export const DEFAULT_CTA_SELECTOR = '[data-cta],button[type=submit],input[type=submit]';
export const DEFAULT_TOPIC_ATTRIBUTE = 'data-topic';

// Plain literals, not templates: a bundler can drop an unused literal, not an interpolation.
/** Text-like inputs (not buttons), text areas, selects and editable content. */
const EDITABLE = 'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]),textarea,select,[contenteditable]';
/** §2.2 #2 dead-click exclusion list, matched on the element or an ancestor: EDITABLE without checkable and picker inputs, plus canvas and links. */
const EXCLUDED =
  'input:not([type=button]):not([type=submit]):not([type=reset]):not([type=image]):not([type=checkbox]):not([type=radio])' +
  ':not([type=file]):not([type=color]):not([type=range]),textarea,select,[contenteditable],canvas,a[href]';
/** §4.1 private: password and card fields, or `data-private` on the element or an ancestor. */
export const PRIVATE = 'input[type=password],[autocomplete^=cc-],[data-private],[data-private] *';

const safeClosest = (element: Element, selector: string) => {
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
};
const safeMatches = (element: Element, selector: string) => {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
};

/** Whether the element's content must never be measured beyond emptiness. */
export const isPrivate = (element: Element) => safeClosest(element, PRIVATE) !== null;

/** Whether the element matches the CTA selector list. */
export const isCta = (element: Element, rules: TargetRules) => safeMatches(element, rules.ctaSelector);

/** Descriptor flags of an element. Reads attributes only, never layout or text. */
export function describeTarget(element: Element, rules: TargetRules): Target {
  const tag = element.tagName.toLowerCase();
  const form = (element as HTMLInputElement).form ?? (tag === 'form' ? null : element.closest('form'));
  return {
    selector: selectorOf(element),
    tag,
    interactive: safeMatches(element, INTERACTIVE),
    cta: safeMatches(element, rules.ctaSelector),
    topic: safeClosest(element, `[${rules.topicAttribute}]`)?.getAttribute(rules.topicAttribute) ?? null,
    editable: safeMatches(element, EDITABLE),
    excluded: safeClosest(element, EXCLUDED) !== null,
    private: isPrivate(element),
    form: form ? selectorOf(form) : null,
    required: (element as HTMLInputElement).required === true,
  };
}

/** The closest interactive ancestor-or-self: a descendant resolves to its tracked ancestor (§0.1). */
export const interactiveAncestor = actionTarget;
