import { codeAt, isAlnum, isBase64Url, isDigit } from '../chars';
import type { Detector, Span } from '../types';

export interface KeyFormat {
  prefix: string;
  /** Fewest token characters after the prefix. */
  min: number;
  /** Require a digit after the prefix, for prefixes that also begin ordinary words. */
  digit?: boolean;
}

// Vendor prefixes that announce a secret. Publishable keys (Stripe `pk_`) are not secrets.
export const API_KEY_FORMATS: KeyFormat[] = [
  { prefix: 'ghp_', min: 30 },
  { prefix: 'gho_', min: 30 },
  { prefix: 'ghu_', min: 30 },
  { prefix: 'ghs_', min: 30 },
  { prefix: 'ghr_', min: 30 },
  { prefix: 'github_pat_', min: 40 },
  { prefix: 'glpat-', min: 20 },
  { prefix: 'xoxb-', min: 10 },
  { prefix: 'xoxp-', min: 10 },
  { prefix: 'xoxa-', min: 10 },
  { prefix: 'xoxr-', min: 10 },
  { prefix: 'xoxs-', min: 10 },
  { prefix: 'xoxe-', min: 10 },
  { prefix: 'xapp-', min: 10 },
  { prefix: 'sk_live_', min: 16 },
  { prefix: 'sk_test_', min: 16 },
  { prefix: 'rk_live_', min: 16 },
  { prefix: 'rk_test_', min: 16 },
  { prefix: 'whsec_', min: 24 },
  { prefix: 'AIza', min: 30 },
  { prefix: 'npm_', min: 30 },
  { prefix: 'phx_', min: 20 },
  { prefix: 'hf_', min: 30 },
  { prefix: 'shpat_', min: 32 },
  { prefix: 'shpss_', min: 32 },
  { prefix: 'SG.', min: 40 },
  { prefix: 'sk-', min: 20, digit: true },
];

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
      // Every prefix of API_KEY_FORMATS in one alternation of literals: one linear pass over the text.
      const prefixes =
        /gh[pousr]_|github_pat_|glpat-|xox[bpares]-|xapp-|[sr]k_(?:live|test)_|whsec_|AIza|npm_|phx_|hf_|shp(?:at|ss)_|SG\.|sk-/g;
      let m: RegExpExecArray | null;
      while ((m = prefixes.exec(text)) !== null) {
        const i = m.index;
        const format = API_KEY_FORMATS.find((f) => f.prefix === m![0]);
        const body = i + m[0].length;
        if (format === undefined || isAlnum(codeAt(text, i - 1))) continue;
        let k = body;
        while (isKeyChar(codeAt(text, k))) k++;
        while (k > body && codeAt(text, k - 1) === 46) k--;
        prefixes.lastIndex = Math.max(k, body);
        if (k - body < format.min || (format.digit && !hasDigit(text, body, k))) continue;
        spans.push({ start: i, end: k });
      }
      return spans;
    },
  };
}
