import { codeAt, firstDigit, isDigit, startsToken } from '../chars';
import type { Detector, Span } from '../types';
import { isCardBrand } from './card-brands';
import { groupLength, readDigitRun, type RunShape } from './digit-run';
import { luhnValid } from './luhn';

const CARD_RUN: RunShape = {
  plus: false,
  parens: false,
  isSeparator: (c) => c === 32 || c === 45, // space -
  maxSeparator: 2,
};

/**
 * Payment card numbers: 12-19 digits, bare or grouped by spaces or dashes, with a known network
 * prefix and a valid Luhn checksum, so that order numbers of the same length come through.
 */
export function createCardDetector(): Detector {
  return {
    kind: 'card',
    find(text) {
      const spans: Span[] = [];
      const n = text.length;
      let i = firstDigit(text);
      if (i < 0) return spans;
      while (i < n) {
        if (!isDigit(codeAt(text, i)) || !startsToken(text, i)) {
          i++;
          continue;
        }
        const run = readDigitRun(text, i, CARD_RUN);
        const groups = run.groups;
        const usable = run.glued ? groups.length - 1 : groups.length;
        let s = 0;
        let free = 0;
        while (s < usable) {
          // A number that continues to the left (`1234 5678 9012 3456`) is not a card starting mid-way.
          if (s > free && groupLength(groups[s - 1]!) >= 3) {
            s++;
            continue;
          }
          let digits = '';
          let best = -1;
          for (let e = s; e < usable; e++) {
            const g = groups[e]!;
            // Cards are printed in groups of 3 to 6 digits (4-4-4-4, 4-6-5), or as one bare number.
            const len = groupLength(g);
            if (usable - s > 1 && (len < 3 || len > 6) && !(e === s && len >= 12)) break;
            digits += text.slice(g.start, g.end);
            if (digits.length > 19) break;
            if (digits.length >= 12 && isCardBrand(digits) && luhnValid(digits)) best = e;
          }
          if (best >= 0) {
            spans.push({ start: groups[s]!.start, end: groups[best]!.end });
            s = best + 1;
            free = s;
          } else s++;
        }
        i = run.end > i ? run.end : i + 1;
      }
      return spans;
    },
  };
}
