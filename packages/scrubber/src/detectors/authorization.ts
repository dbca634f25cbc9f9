import { codeAt, isAlnum, isAlpha, isLower } from '../chars';
import type { Detector, Span } from '../types';

const MAX_TOKEN = 4096;

// RFC 6750 token68 characters.
const isTokenChar = (c: number): boolean =>
  isAlnum(c) || c === 45 || c === 46 || c === 95 || c === 126 || c === 43 || c === 47 || c === 61;

/** A plain word (`Bearer instrument`) is prose, not a token. */
function isPlainWord(text: string, from: number, to: number): boolean {
  if (!isAlpha(codeAt(text, from))) return false;
  for (let k = from + 1; k < to; k++) if (!isLower(codeAt(text, k))) return false;
  return true;
}

/** `Basic` credentials are base64 of `user:password`. */
function isBasicCredentials(token: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(token) || token.length % 4 !== 0) return false;
  try {
    return atob(token).includes(':');
  } catch {
    return false;
  }
}

/**
 * Authorization schemes: `Bearer <token>` (the token becomes `[token]`) and `Basic <base64>`
 * (becomes `[credentials]`). The scheme word is kept, so the header stays readable.
 */
export function createAuthorizationDetector(): Detector {
  return {
    kind: 'token',
    find(text) {
      const spans: Span[] = [];
      const scheme = /\b(bearer|basic)[ \t]{1,8}/gi;
      let m: RegExpExecArray | null;
      while ((m = scheme.exec(text)) !== null) {
        const start = m.index + m[0].length;
        let k = start;
        while (k - start < MAX_TOKEN && isTokenChar(codeAt(text, k))) k++;
        scheme.lastIndex = k;
        while (k > start && codeAt(text, k - 1) === 46) k--; // a full stop ends the sentence, not the token
        if (k - start < 8) continue;
        const basic = (m[1] ?? '').toLowerCase() === 'basic';
        if (basic) {
          if (isBasicCredentials(text.slice(start, k))) spans.push({ start, end: k, kind: 'credentials' });
        } else if (!isPlainWord(text, start, k)) spans.push({ start, end: k });
      }
      return spans;
    },
  };
}
