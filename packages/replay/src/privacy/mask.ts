import { closestAcross, distance } from './closest';

export interface MaskRules {
  maskSelector: string;
  unmaskSelector: string;
  maskAllText: boolean;
  /** PII scrubber applied to every text that is shown. */
  scrub(text: string): string;
}

/** Every non-space character becomes `*`, so the replay keeps the layout and loses the words. */
export const maskChars = (text: string) => text.replace(/\S/g, '*');

/** Whether the nearest of a mask and an unmask marker around `element` is the mask. */
function isMasked(element: Element | null, rules: MaskRules): boolean {
  if (!element) return rules.maskAllText;
  const unmask = closestAcross(element, rules.unmaskSelector);
  const mask = closestAcross(element, rules.maskSelector);
  if (!unmask) return mask !== null || rules.maskAllText;
  if (!mask) return false;
  return distance(element, mask) <= distance(element, unmask);
}

/**
 * `isMasked` with one climb instead of two: the nearest element carrying either marker decides
 * (a mask wins on the same element). Most text has no marker above it, and rrweb asks for every
 * text node of every snapshot. Falls back to `isMasked` when a custom selector is invalid, so a
 * bad unmask selector never hides the mask markers.
 */
function createMarkerCheck(rules: MaskRules): (element: Element | null) => boolean {
  const either = `${rules.maskSelector}, ${rules.unmaskSelector}`;
  let valid: boolean | null = null;
  return (element) => {
    if (!element) return rules.maskAllText;
    if (valid === null) valid = isValidSelector(element, either) && isValidSelector(element, rules.maskSelector);
    if (!valid) return isMasked(element, rules);
    const nearest = closestAcross(element, either);
    return nearest ? nearest.matches(rules.maskSelector) : rules.maskAllText;
  };
}

function isValidSelector(element: Element, selector: string): boolean {
  try {
    element.matches(selector);
    return true;
  } catch {
    return false;
  }
}

const SPACE_ONLY = /^\s*$/;

/** rrweb `maskTextFn`: rrweb calls it for every text node (maskTextSelector `*`). */
export function createTextMasker(rules: MaskRules): (text: string, element: HTMLElement | null) => string {
  const masked = createMarkerCheck(rules);
  return (text, element) => {
    if (SPACE_ONLY.test(text)) return text;
    return masked(element) ? maskChars(text) : rules.scrub(text);
  };
}

const NEVER_SHOWN = /^(password|hidden)$/i;
const SECRET_AUTOCOMPLETE = /(password|cc-|one-time-code)/i;

/**
 * rrweb `maskInputFn`: rrweb calls it for every input, select and textarea value. Values are
 * masked unless an unmask marker is nearer than a mask marker; passwords, hidden fields and
 * card or one-time-code fields are masked whatever the markup says.
 */
export function createInputMasker(rules: MaskRules): (text: string, element: HTMLElement) => string {
  return (text, element) => {
    if (!text) return text;
    const type = element?.getAttribute?.('type') ?? '';
    const autocomplete = element?.getAttribute?.('autocomplete') ?? '';
    if (NEVER_SHOWN.test(type) || SECRET_AUTOCOMPLETE.test(autocomplete)) return '********';
    const unmasked = element && closestAcross(element, rules.unmaskSelector) && !isMasked(element, { ...rules, maskAllText: true });
    return unmasked ? rules.scrub(text) : '*'.repeat(Math.min(text.length, 64));
  };
}
