import { codeAt, isAlnum, isBase64Url, isDigit } from '../chars';
import type { Detector, Span } from '../types';

// Vendor prefixes that announce a secret, with the fewest token characters after each.
// Publishable keys (Stripe `pk_`) are not secrets.
export const API_KEY_MIN_LENGTH: Readonly<Record<string, number>> = {
  ghp_: 30, gho_: 30, ghu_: 30, ghs_: 30, ghr_: 30, github_pat_: 40, 'glpat-': 20,
  'xoxb-': 10, 'xoxp-': 10, 'xoxa-': 10, 'xoxr-': 10, 'xoxs-': 10, 'xoxe-': 10, 'xapp-': 10,
  sk_live_: 16, sk_test_: 16, rk_live_: 16, rk_test_: 16, whsec_: 24, AIza: 30, npm_: 30, phx_: 20,
  hf_: 30, shpat_: 32, shpss_: 32, 'SG.': 40, 'sk-': 20,
};
/** `sk-` also begins ordinary words: a digit must follow it. */
const NEEDS_DIGIT = 'sk-';

const isKeyChar = (c: number): boolean => isBase64Url(c) || c === 46;

function hasDigit(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isDigit(codeAt(text, k))) return true;
  return false;
}

/** API keys of common vendors (GitHub, GitLab, Slack, Stripe, Google, npm, OpenAI, ...), by prefix. */
export function createApiKeyDetector(): Detector {
  return {
    kind: 'token',
    find(text) {
      const spans: Span[] = [];
      // Every prefix of API_KEY_MIN_LENGTH in one alternation of literals: one linear pass over the text.
      const prefixes =
        /gh[pousr]_|github_pat_|glpat-|xox[bpares]-|xapp-|[sr]k_(?:live|test)_|whsec_|AIza|npm_|phx_|hf_|shp(?:at|ss)_|SG\.|sk-/g;
      let m: RegExpExecArray | null;
      while ((m = prefixes.exec(text)) !== null) {
        const i = m.index;
        const min = API_KEY_MIN_LENGTH[m[0]];
        const body = i + m[0].length;
        if (min === undefined || isAlnum(codeAt(text, i - 1))) continue;
        let k = body;
        while (isKeyChar(codeAt(text, k))) k++;
        while (k > body && codeAt(text, k - 1) === 46) k--;
        prefixes.lastIndex = Math.max(k, body);
        if (k - body < min || (m[0] === NEEDS_DIGIT && !hasDigit(text, body, k))) continue;
        spans.push({ start: i, end: k });
      }
      return spans;
    },
  };
}
