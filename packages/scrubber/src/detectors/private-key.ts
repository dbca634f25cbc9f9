import type { Detector, Span } from '../types';

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';

/**
 * PEM private keys (PKCS#1, PKCS#8, EC, OpenSSH, encrypted, PGP blocks), the whole block from the
 * BEGIN line to the END line. A BEGIN without an END redacts to the end of the text: the rest is
 * key material. Certificates and public keys are not secrets and are left alone.
 */
export function createPrivateKeyDetector(): Detector {
  return {
    kind: 'private_key',
    find(text) {
      const spans: Span[] = [];
      let from = 0;
      for (;;) {
        const i = text.indexOf(BEGIN, from);
        if (i < 0) break;
        from = i + BEGIN.length;
        const labelEnd = text.indexOf(DASHES, from);
        if (labelEnd < 0 || labelEnd - from > 64) continue;
        if (!text.slice(from, labelEnd).includes('PRIVATE KEY')) continue;
        const endLine = text.indexOf(END, labelEnd + DASHES.length);
        if (endLine < 0) {
          spans.push({ start: i, end: text.length });
          break;
        }
        const close = text.indexOf(DASHES, endLine + END.length);
        const end = close < 0 || close - endLine > 80 ? text.length : close + DASHES.length;
        spans.push({ start: i, end });
        from = end;
      }
      return spans;
    },
  };
}
