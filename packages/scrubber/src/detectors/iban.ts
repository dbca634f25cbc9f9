import { codeAt, firstDigit, isAlnum, isAlpha, isDigit, isWord } from '../chars';
import type { Detector, Span } from '../types';
import { ibanLength } from './iban-lengths';

/** ISO 7064 mod 97-10 over the rearranged IBAN: letters count as 10-35. */
function mod97(chars: string): boolean {
  const rearranged = chars.slice(4) + chars.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const v = isDigit(c) ? c - 48 : (c | 32) - 87;
    rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

/**
 * Reads the IBAN at i: exactly the country's length of letters and digits, optionally in groups
 * of four separated by one space. Returns its end, or -1.
 */
function readIban(text: string, i: number, length: number): number {
  let chars = '';
  let k = i;
  while (chars.length < length) {
    const c = codeAt(text, k);
    if (isAlnum(c)) {
      chars += text[k];
      k++;
    } else if (c === 32 && chars.length % 4 === 0 && isAlnum(codeAt(text, k + 1))) k++;
    else return -1;
  }
  if (isWord(codeAt(text, k))) return -1;
  return mod97(chars) ? k : -1;
}

/** IBANs of every registry country, checked by length and by the mod-97 checksum. */
export function createIbanDetector(): Detector {
  return {
    kind: 'iban',
    find(text) {
      const spans: Span[] = [];
      const n = text.length - 3;
      const first = firstDigit(text);
      // The check digits are the first digits of an IBAN, two letters after its start.
      for (let i = first < 0 ? n : Math.max(0, first - 2); i < n; i++) {
        if (
          !isAlpha(codeAt(text, i)) ||
          !isAlpha(codeAt(text, i + 1)) ||
          !isDigit(codeAt(text, i + 2)) ||
          !isDigit(codeAt(text, i + 3)) ||
          isWord(codeAt(text, i - 1))
        ) continue;
        const length = ibanLength(text.slice(i, i + 2).toUpperCase());
        if (length === 0) continue;
        const end = readIban(text, i, length);
        if (end < 0) continue;
        spans.push({ start: i, end });
        i = end - 1;
      }
      return spans;
    },
  };
}
