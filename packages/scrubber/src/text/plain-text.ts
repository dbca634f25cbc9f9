/**
 * A cheap test for text that no built-in detector can match, so the scrubber can return it as it
 * is: most page titles, link texts, labels and property values are plain words and small numbers. Every detector needs at least one of these, and plain text has none of them:
 * - `@ : = / . + _ % " ' \``, or any non-ASCII character (emails, URLs, IPs, JWTs, key prefixes,
 *   assignments, quoted values, phone `+`);
 * - more than 6 digits (phones need 8, SSNs 9, cards 12, IBANs 13 or more);
 * - a word mixing letters and digits (IBAN `DE89`, keys, AWS ids);
 * - a word of 8 or more characters that is not an ordinary word: `-----BEGIN`, `Bearer` or
 *   `secret` tokens, AWS and vendor keys. Ordinary words (`Everything`) stop at 15 letters, below
 *   the 16 of an unassigned secret;
 * - any long word after `Basic`: an ordinary word can be base64 of `user:password` (`Ogaaaaaa`).
 * Only valid for the built-in detectors: a scrubber with custom detectors never skips.
 */
export function isPlainText(text: string): boolean {
  if (text.length > 512) return false;
  let digits = 0;
  let wordStart = 0;
  let letters = 0;
  let wordDigits = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (letters > 0 && wordDigits > 0) return false;
      if (i - wordStart >= 8 && (!isOrdinaryWord(text, wordStart, i) || BASIC.test(text))) return false;
      wordStart = i + 1;
      letters = 0;
      wordDigits = 0;
    } else if (c >= 48 && c <= 57) {
      if (++digits > 6) return false;
      wordDigits++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letters++;
    else if (!SAFE_PUNCTUATION.has(c)) return false;
  }
  return true;
}

const BASIC = /basic[ \t]/i;

// , ; ! ? ( ) - & # * [ ]
const SAFE_PUNCTUATION = new Set([44, 59, 33, 63, 40, 41, 45, 38, 35, 42, 91, 93]);

/** One letter of either case, then 7 to 14 lowercase letters. */
function isOrdinaryWord(text: string, from: number, to: number): boolean {
  if (to - from > 15) return false;
  const first = text.charCodeAt(from) | 0x20;
  if (first < 97 || first > 122) return false;
  for (let k = from + 1; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
