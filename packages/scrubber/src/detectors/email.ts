import { codeAt, isAlnum, isAlpha, isDigit, isHex, isSpace, isWideLetter } from '../chars';
import type { Detector, Span } from '../types';

const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

// Local part: letters, digits and `. _ % + -` (`%` so that encoded `%2B` tags stay inside it).
const isLocalChar = (c: number): boolean =>
  isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || isWideLetter(c);
// Domain label: letters, digits and `-`.
const isLabelChar = (c: number): boolean => isAlnum(c) || c === 45 || isWideLetter(c);

/** Length of the `@` at i: 1 for `@`, 3 for the percent-encoded `%40`, 0 otherwise. */
function anchorLength(text: string, i: number): number {
  const c = codeAt(text, i);
  if (c === 64) return 1;
  if (c === 37 && codeAt(text, i + 1) === 52 && codeAt(text, i + 2) === 48) return 3;
  return 0;
}

const hexValue = (c: number): number => (isDigit(c) ? c - 48 : isHex(c) ? (c | 32) - 87 : -1);

/** True when `%XX` at p encodes a character that cannot be in a local part (`%3A`, `%20`, `%40`). */
function isEncodedDelimiter(text: string, p: number): boolean {
  const high = hexValue(codeAt(text, p + 1));
  const low = hexValue(codeAt(text, p + 2));
  return high >= 0 && low >= 0 && !isLocalChar(high * 16 + low);
}

/** Walks left over the local part; stops at an encoded delimiter (`mailto%3Ajohn%40...` starts at `john`). */
function localStart(text: string, at: number, floor: number): number {
  let s = at;
  while (s > floor) {
    const p = s - 1;
    const c = codeAt(text, p);
    if (!isLocalChar(c)) break;
    if (c === 37 && p + 2 < at && isEncodedDelimiter(text, p)) return p + 3;
    s = p;
  }
  return s;
}

/** `https://user:pass@host` is URL user-info, reported by the credentials detector instead. */
function isUserInfo(text: string, start: number): boolean {
  const floor = Math.max(0, start - 256);
  for (let p = start - 1; p >= floor; p--) {
    const c = codeAt(text, p);
    if (c === 47) return codeAt(text, p - 1) === 47; // `//` opens an authority
    // `@ ? # = & " '` cannot appear before the user-info of an authority.
    if (isSpace(c) || c === 64 || c === 63 || c === 35 || c === 61 || c === 38 || c === 34 || c === 39) return false;
  }
  return false;
}

function validTld(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  if (text.startsWith('xn--', start)) return true;
  for (let k = start; k < end; k++) {
    const c = codeAt(text, k);
    if (!isAlpha(c) && !isWideLetter(c)) return false;
  }
  return true;
}

/** Returns the end of the domain after the `@`, or -1 when it is not a dotted name with a real TLD. */
function domainEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_DOMAIN);
  let k = from;
  let labels = 0;
  let lastLabel = from;
  while (k < limit) {
    const start = k;
    while (k < limit && isLabelChar(codeAt(text, k))) k++;
    if (k === start) break;
    labels++;
    lastLabel = start;
    if (codeAt(text, k) === 46 && isLabelChar(codeAt(text, k + 1))) k++;
    else break;
  }
  if (labels < 2 || !validTld(text, lastLabel, k)) return -1;
  // Retina asset names such as `logo@2x.png` look like addresses but are file names.
  if (/^\d+(?:\.\d+)?x\./i.test(text.slice(from, Math.min(k, from + 16)))) return -1;
  return k;
}

/**
 * Email addresses, found from each `@` (or `%40`) outward with bounded scans, so input made of
 * nothing but `@`s or `a@a.a` stays linear.
 */
export function createEmailDetector(): Detector {
  return {
    kind: 'email',
    find(text) {
      const spans: Span[] = [];
      if (text.indexOf('@') < 0 && text.indexOf('%40') < 0) return spans;
      const n = text.length;
      let lastEnd = 0;
      for (let i = 0; i < n; i++) {
        const len = anchorLength(text, i);
        if (len === 0) continue;
        let s = localStart(text, i, Math.max(lastEnd, i - MAX_LOCAL));
        while (s < i && codeAt(text, s) === 46) s++;
        if (s === i || isUserInfo(text, s)) continue;
        const end = domainEnd(text, i + len);
        if (end < 0) continue;
        spans.push({ start: s, end });
        lastEnd = end;
        i = end - 1;
      }
      return spans;
    },
  };
}
