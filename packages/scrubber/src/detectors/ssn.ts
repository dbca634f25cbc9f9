import { codeAt, firstDigit, isDigit, isWord, startsToken } from '../chars';
import type { Detector, Span } from '../types';

const digitsAt = (text: string, i: number, count: number): boolean => {
  for (let k = i; k < i + count; k++) if (!isDigit(codeAt(text, k))) return false;
  return true;
};

/** Area 000, 666 and 900-999, group 00 and serial 0000 are never issued. */
function issuable(area: number, group: number, serial: number): boolean {
  return area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0;
}

/**
 * US social security numbers written `123-45-6789` or `123 45 6789`. Nine bare digits are not
 * matched: too many ids and phone numbers share that shape.
 */
export function createSsnDetector(): Detector {
  return {
    kind: 'ssn',
    find(text) {
      const spans: Span[] = [];
      const n = text.length - 10;
      for (let i = firstDigit(text); i >= 0 && i < n; i++) {
        if (!isDigit(codeAt(text, i)) || !startsToken(text, i) || !digitsAt(text, i, 3)) continue;
        const sep = codeAt(text, i + 3);
        if ((sep !== 45 && sep !== 32) || codeAt(text, i + 6) !== sep) continue;
        if (!digitsAt(text, i + 4, 2) || !digitsAt(text, i + 7, 4)) continue;
        const after = codeAt(text, i + 11);
        if (isWord(after) || ((after === 45 || after === 46) && isDigit(codeAt(text, i + 12)))) continue;
        const area = Number(text.slice(i, i + 3));
        const group = Number(text.slice(i + 4, i + 6));
        const serial = Number(text.slice(i + 7, i + 11));
        if (!issuable(area, group, serial)) continue;
        spans.push({ start: i, end: i + 11 });
        i += 10;
      }
      return spans;
    },
  };
}
