// Character classes over UTF-16 code units. Scanners read through codeAt, which gives -1 past either end.

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isAlpha = (c: number): boolean => isUpper(c) || isLower(c);
export const isAlnum = (c: number): boolean => isDigit(c) || isAlpha(c);
export const isWord = (c: number): boolean => isAlnum(c) || c === 95;
export const isHex = (c: number): boolean =>
  isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b);

/** Base64url alphabet, as used by JWTs and most API tokens. */
export const isBase64Url = (c: number): boolean => isAlnum(c) || c === 45 || c === 95;

/** Letters outside ASCII (IDN domains, accented names), excluding spaces and punctuation blocks. */
export const isWideLetter = (c: number): boolean =>
  c >= 0xc0 &&
  c !== 0xd7 &&
  c !== 0xf7 &&
  !(c >= 0x2000 && c <= 0x206f) &&
  !(c >= 0x3000 && c <= 0x303f) &&
  !(c >= 0xff00 && c <= 0xff65) &&
  c !== 0xfeff;

/**
 * True when position i can start a value: it is not glued to a word before it, either directly
 * or through `-`, `.` or `,` (so the digits of `ORD-2024-000123` or `v1.2.3.4` never start one).
 */
export function startsToken(text: string, i: number): boolean {
  if (i === 0) return true;
  const p = codeAt(text, i - 1);
  if (isWord(p)) return false;
  if (p === 45 || p === 46 || p === 44) return !isWord(codeAt(text, i - 2));
  return true;
}

/**
 * The code unit at i, or -1 outside the string. Reading past either end through `charCodeAt`
 * gives NaN, which works but turns the scanners' integer code paths into slow double ones.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Index of the first ASCII digit, or -1: a native search lets digit-based scanners skip ahead. */
export const firstDigit = (text: string): number => text.search(/[0-9]/);
