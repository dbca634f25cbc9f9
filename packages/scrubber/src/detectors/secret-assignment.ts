import { codeAt, isAlnum, isDigit, isLower, isSpace, isUpper } from '../chars';
import type { Detector, Span } from '../types';

const MAX_VALUE = 256;

// Keys whose value is a credential whatever it looks like (a cookie header carries session ids).
const PASSWORD_KEYS = 'password passwd passphrase pwd cookie'.split(' ');

// Ends an unquoted value: whitespace, `& , ; " ' < > ) } ]` and the backtick: the delimiters of
// query strings, JSON, headers and code.
const endsValue = (c: number): boolean =>
  isSpace(c) || c === 38 || c === 44 || c === 59 || c === 34 || c === 39 || c === 60 || c === 62 ||
  c === 41 || c === 125 || c === 93 || c === 96;

// Ends a cookie list: line breaks, quotes, `&` (a query string) and `< >` (markup).
const endsLine = (c: number): boolean =>
  c === 10 || c === 13 || c === 34 || c === 39 || c === 38 || c === 60 || c === 62;

const isTokenChar = (c: number): boolean =>
  isAlnum(c) || c === 45 || c === 95 || c === 46 || c === 43 || c === 47 || c === 61 || c === 126;

/** Looks random: long enough and mixes at least two of digits, upper and lower case. */
function looksRandom(value: string, min: number): boolean {
  if (value.length < min) return false;
  let digit = 0;
  let upper = 0;
  let lower = 0;
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if (!isTokenChar(c)) return false;
    if (isDigit(c)) digit = 1;
    else if (isUpper(c)) upper = 1;
    else if (isLower(c)) lower = 1;
  }
  return digit + upper + lower >= 2;
}

interface Value {
  start: number;
  end: number;
  /** `=` or `:` joined key and value (as opposed to whitespace). */
  assigned: boolean;
}

/**
 * Reads the value after a key: optional closing quote, separator, optional opening quote. A whole
 * line is read for cookie headers, whose value is a list (`sid=1; theme=dark`).
 */
function readValue(text: string, from: number, wholeLine: boolean): Value | null {
  let k = from;
  const closing = codeAt(text, k);
  if (closing === 34 || closing === 39) k++;
  let spaces = 0;
  while (spaces < 8 && (codeAt(text, k) === 32 || codeAt(text, k) === 9)) (k++, spaces++);
  const sep = codeAt(text, k);
  const assigned = sep === 61 || sep === 58;
  if (assigned) {
    k++;
    while (k - from < 16 && (codeAt(text, k) === 32 || codeAt(text, k) === 9)) k++;
  } else if (spaces === 0 || closing === 34 || closing === 39) return null;
  const quote = codeAt(text, k);
  if (quote === 34 || quote === 39) {
    const start = k + 1;
    let end = start;
    while (end - start < MAX_VALUE && end < text.length) {
      const c = codeAt(text, end);
      if (c === quote || c === 10 || c === 13) break;
      end += c === 92 ? 2 : 1;
    }
    return { start, end: Math.min(end, text.length), assigned };
  }
  let end = k;
  const ends = wholeLine ? endsLine : endsValue;
  while (end - k < MAX_VALUE && end < text.length && !ends(codeAt(text, end))) end++;
  return { start: k, end, assigned };
}

/**
 * Secrets written after a key-like word: `password=...`, `"api_key": "..."`, `secret <token>`,
 * `Cookie: sid=...`. Password and cookie values are redacted whatever they look like, but only
 * after `=` or `:` (so prose such as "the password is wrong" survives); token-like keys need a
 * value that looks random.
 */
export function createSecretAssignmentDetector(): Detector {
  return {
    kind: 'token',
    find(text) {
      const spans: Span[] = [];
      const keys =
        /(passwd|password|passphrase|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|auth|key|cookie)/gi;
      let m: RegExpExecArray | null;
      while ((m = keys.exec(text)) !== null) {
        const word = m[0];
        const at = m.index;
        const prev = codeAt(text, at - 1);
        // The key may end an identifier (`db_password`, `userPassword`) but not a word (`bypass`).
        const camel = isUpper(word.charCodeAt(0)) && isLower(prev);
        if ((isLower(prev) || isUpper(prev)) && !camel) continue;
        const key = word.toLowerCase();
        const value = readValue(text, at + word.length, key === 'cookie');
        if (value === null || value.end <= value.start) continue;
        const raw = text.slice(value.start, value.end);
        if (raw.charCodeAt(0) === 91) continue; // already a placeholder: keeps scrubbing idempotent
        if (PASSWORD_KEYS.includes(key)) {
          if (value.assigned) spans.push({ start: value.start, end: value.end, kind: 'credentials' });
        } else if (value.assigned ? looksRandom(raw, key === 'key' ? 16 : 8) : looksRandom(raw, 16)) {
          spans.push({ start: value.start, end: value.end });
        }
        keys.lastIndex = Math.max(keys.lastIndex, value.end);
      }
      return spans;
    },
  };
}
