import { codeAt, firstDigit, isDigit, isWord } from '../chars';
import type { Detector, Span } from '../types';

/** Reads one octet (1-3 digits, at most 255) at i; returns its end or -1. */
function octet(text: string, i: number): number {
  let k = i;
  let value = 0;
  while (k - i < 3 && isDigit(codeAt(text, k))) {
    value = value * 10 + codeAt(text, k) - 48;
    k++;
  }
  if (k === i || isDigit(codeAt(text, k)) || value > 255) return -1;
  return k;
}

/**
 * Dotted-quad IPv4 addresses. Four octets of at most 255 make an address; five parts, a letter in
 * front (`v2.10.4.1`) or a dot on either side make a version number instead.
 */
export function createIpv4Detector(): Detector {
  return {
    kind: 'ip',
    find(text) {
      const spans: Span[] = [];
      const n = text.length;
      for (let i = firstDigit(text); i >= 0 && i < n; i++) {
        if (!isDigit(codeAt(text, i))) continue;
        const prev = codeAt(text, i - 1);
        if (isWord(prev) || prev === 46) {
          while (i + 1 < n && isDigit(codeAt(text, i + 1))) i++;
          continue;
        }
        let k = i;
        let parts = 0;
        while (parts < 4) {
          const end = octet(text, k);
          if (end < 0) break;
          parts++;
          k = end;
          if (parts < 4) {
            if (codeAt(text, k) !== 46) break;
            k++;
          }
        }
        const after = codeAt(text, k);
        if (parts === 4 && !isWord(after) && !(after === 46 && isDigit(codeAt(text, k + 1)))) {
          spans.push({ start: i, end: k });
          i = k - 1;
        } else {
          while (i + 1 < n && isDigit(codeAt(text, i + 1))) i++;
        }
      }
      return spans;
    },
  };
}
