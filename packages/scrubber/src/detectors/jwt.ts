import { codeAt, isBase64Url } from '../chars';
import type { Detector, Span } from '../types';

function base64UrlEnd(text: string, from: number): number {
  let k = from;
  while (isBase64Url(codeAt(text, k))) k++;
  return k;
}

/**
 * JSON Web Tokens: a base64url header that starts with `eyJ` (`{"`), a payload that starts with
 * `ey`, and a signature, joined by dots. The signature may be empty (`alg: none`).
 */
export function createJwtDetector(): Detector {
  return {
    kind: 'jwt',
    find(text) {
      const spans: Span[] = [];
      let from = 0;
      for (;;) {
        const i = text.indexOf('eyJ', from);
        if (i < 0) break;
        from = i + 3;
        if (isBase64Url(codeAt(text, i - 1))) continue;
        const headerEnd = base64UrlEnd(text, i);
        from = headerEnd;
        if (headerEnd - i < 10 || codeAt(text, headerEnd) !== 46) continue;
        if (!text.startsWith('ey', headerEnd + 1)) continue;
        const payloadEnd = base64UrlEnd(text, headerEnd + 1);
        from = payloadEnd;
        if (payloadEnd - headerEnd - 1 < 10 || codeAt(text, payloadEnd) !== 46) continue;
        const end = base64UrlEnd(text, payloadEnd + 1);
        spans.push({ start: i, end });
        from = end;
      }
      return spans;
    },
  };
}
