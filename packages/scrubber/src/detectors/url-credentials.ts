import { codeAt, isAlpha, isSpace } from '../chars';
import type { Detector, Span } from '../types';

const MAX_USERINFO = 256;

// Characters that end an authority before any `@`: `/ ? # " ' < > \` and whitespace.
const endsAuthority = (c: number): boolean =>
  isSpace(c) || c === 47 || c === 63 || c === 35 || c === 34 || c === 39 || c === 60 || c === 62 || c === 92;

/** User-info in URLs (`https://user:pass@host`): everything between `//` and the last `@` of the authority. */
export function createUrlCredentialsDetector(): Detector {
  return {
    kind: 'credentials',
    find(text) {
      const spans: Span[] = [];
      let from = 0;
      for (;;) {
        const i = text.indexOf('://', from);
        if (i < 0) break;
        const start = i + 3;
        from = start;
        if (!isAlpha(codeAt(text, i - 1))) continue;
        let at = -1;
        let k = start;
        const limit = Math.min(text.length, start + MAX_USERINFO);
        while (k < limit && !endsAuthority(codeAt(text, k))) {
          if (codeAt(text, k) === 64) at = k;
          k++;
        }
        if (at > start) {
          spans.push({ start, end: at });
          from = at;
        }
      }
      return spans;
    },
  };
}
