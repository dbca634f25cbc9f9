const between = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;

/**
 * True when the digits carry the prefix and length of a card network we detect: Visa, Mastercard
 * (51-55 and the 2-series), Amex, Discover, Diners, JCB, UnionPay, Maestro and Mir.
 */
export function isCardBrand(digits: string): boolean {
  const len = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p3 = Number(digits.slice(0, 3));
  const p4 = Number(digits.slice(0, 4));
  const p6 = Number(digits.slice(0, 6));
  if (digits.charCodeAt(0) === 52) return len === 13 || len === 16 || len === 19; // Visa
  if (between(p2, 51, 55) || between(p4, 2221, 2720)) return len === 16; // Mastercard
  if (p2 === 34 || p2 === 37) return len === 15; // Amex
  const long = between(len, 16, 19);
  if (between(p4, 2200, 2204)) return long; // Mir
  if (p4 === 6011 || between(p3, 644, 649) || p2 === 65 || between(p6, 622126, 622925)) return long; // Discover
  const diners = between(p3, 300, 305) || p4 === 3095 || p2 === 36 || p2 === 38 || p2 === 39;
  if (diners) return between(len, 14, 19);
  if (between(p4, 3528, 3589)) return long; // JCB
  if (p2 === 62) return long; // UnionPay
  if (p2 === 50 || between(p2, 56, 69)) return between(len, 12, 19); // Maestro
  return false;
}
