import { codeAt, isAlnum, isDigit, isUpper } from '../chars';
import type { Detector, Span } from '../types';

const PREFIXES = ['AKIA', 'ASIA'];

/** AWS access key ids: `AKIA` (long-term) or `ASIA` (temporary) and 16 upper-case letters or digits. */
export function createAwsKeyDetector(): Detector {
  return {
    kind: 'aws_key',
    find(text) {
      const spans: Span[] = [];
      for (const prefix of PREFIXES) {
        let from = 0;
        for (;;) {
          const i = text.indexOf(prefix, from);
          if (i < 0) break;
          from = i + 4;
          if (isAlnum(codeAt(text, i - 1))) continue;
          let k = i + 4;
          while (k < i + 20 && (isUpper(codeAt(text, k)) || isDigit(codeAt(text, k)))) k++;
          if (k !== i + 20 || isAlnum(codeAt(text, k))) continue;
          spans.push({ start: i, end: k });
          from = k;
        }
      }
      return spans;
    },
  };
}
