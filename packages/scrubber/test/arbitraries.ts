import fc from 'fast-check';

const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

const luhnCheckDigit = (partial: string): string => {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let v = partial.charCodeAt(partial.length - 1 - i) - 48;
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
};

const groupBy = (value: string, sizes: number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= value.length) break;
    parts.push(value.slice(at, at + size));
    at += size;
  }
  if (at < value.length) parts.push(value.slice(at));
  return parts.join(sep);
};

const BRANDS = [
  { name: 'visa', prefixes: ['4'], length: 16 },
  { name: 'mastercard', prefixes: ['51', '53', '55', '2221', '2500', '2720'], length: 16 },
  { name: 'amex', prefixes: ['34', '37'], length: 15 },
  { name: 'discover', prefixes: ['6011', '65', '644'], length: 16 },
  { name: 'diners', prefixes: ['36', '38', '300'], length: 14 },
  { name: 'jcb', prefixes: ['3528', '3530', '3589'], length: 16 },
  { name: 'unionpay', prefixes: ['62'], length: 16 },
  { name: 'maestro', prefixes: ['6759', '5018', '6304'], length: 16 },
];

/** Luhn-valid numbers of eight networks, bare, spaced or dashed in their printed grouping. */
export const cardArb = fc
  .tuple(fc.constantFrom(...BRANDS), fc.nat(), fc.constantFrom('', ' ', '-'), digits(19))
  .map(([brand, pick, sep, body]) => {
    const prefix = brand.prefixes[pick % brand.prefixes.length]!;
    const partial = (prefix + body).slice(0, brand.length - 1);
    const number = partial + luhnCheckDigit(partial);
    const sizes = brand.length === 15 ? [4, 6, 5] : brand.length === 14 ? [4, 6, 4] : [4, 4, 4, 4];
    return sep === '' ? number : groupBy(number, sizes, sep);
  });

const IBAN_COUNTRIES = [
  { code: 'DE', letters: 0, digits: 18 },
  { code: 'GB', letters: 4, digits: 14 },
  { code: 'FR', letters: 0, digits: 23 },
  { code: 'NL', letters: 4, digits: 10 },
  { code: 'ES', letters: 0, digits: 20 },
  { code: 'IT', letters: 1, digits: 22 },
  { code: 'CH', letters: 0, digits: 17 },
  { code: 'BE', letters: 0, digits: 12 },
  { code: 'PL', letters: 0, digits: 24 },
  { code: 'NO', letters: 0, digits: 11 },
];

const toNumeric = (s: string): string =>
  [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

const mod97 = (numeric: string): number => {
  let rest = 0;
  for (const c of numeric) rest = (rest * 10 + Number(c)) % 97;
  return rest;
};

/** Checksum-valid IBANs of ten countries, compact or in groups of four. */
export const ibanArb = fc
  .tuple(
    fc.constantFrom(...IBAN_COUNTRIES),
    fc.stringMatching(/^[A-Z]{4}$/),
    digits(24),
    fc.boolean(),
  )
  .map(([country, letters, numbers, spaced]) => {
    const bban = letters.slice(0, country.letters) + numbers.slice(0, country.digits);
    const check = 98 - mod97(toNumeric(`${bban}${country.code}00`));
    const iban = `${country.code}${String(check).padStart(2, '0')}${bban}`;
    return spaced ? groupBy(iban, Array(9).fill(4), ' ') : iban;
  });

/** Issuable SSNs, with dashes or spaces. */
export const ssnArb = fc
  .tuple(
    fc.integer({ min: 1, max: 899 }).filter((a) => a !== 666),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 9999 }),
    fc.constantFrom('-', ' '),
  )
  .map(([a, g, s, sep]) => `${String(a).padStart(3, '0')}${sep}${String(g).padStart(2, '0')}${sep}${String(s).padStart(4, '0')}`);

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);

/** Email addresses; first labels like `2x` are left out on purpose (retina file names, see docs). */
export const emailArb = fc
  .tuple(
    fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9._+-]{0,20}[a-zA-Z0-9])?$/),
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.stringMatching(/^[a-z]{2,6}$/),
  )
  .filter(([, labels]) => !/^\d+(?:\.\d+)?x\./.test(`${labels.join('.')}.`))
  .map(([local, labels, tld]) => `${local}@${labels.join('.')}.${tld}`);

export const ipv4Arb = fc
  .array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 })
  .map((octets) => octets.join('.'));

const hexGroup = fc.stringMatching(/^[0-9a-fA-F]{1,4}$/);

/** IPv6 addresses in global (2000::/3) or link-local space, full or compressed. */
export const ipv6Arb = fc
  .tuple(
    fc.constantFrom('2001', '2a00', '2607', '2c0f', 'fe80', '3fff', '2001:db8'),
    fc.array(hexGroup, { minLength: 7, maxLength: 7 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 0, max: 5 }),
    fc.boolean(),
  )
  .map(([first, rest, from, span, compress]) => {
    const groups = [...first.split(':'), ...rest].slice(0, 8);
    if (!compress) return groups.join(':');
    const to = Math.min(7, from + span + 1);
    return `${groups.slice(0, from).join(':')}::${groups.slice(to).join(':')}`;
  });

const base64Url = (text: string): string => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** Signed JWTs with random claims. */
export const jwtArb = fc
  .tuple(
    fc.constantFrom('HS256', 'RS256', 'ES384'),
    fc.stringMatching(/^[a-z0-9]{1,20}$/),
    fc.integer({ min: 1_500_000_000, max: 2_000_000_000 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/),
  )
  .map(([alg, sub, iat, sig]) => `${base64Url(JSON.stringify({ alg, typ: 'JWT' }))}.${base64Url(JSON.stringify({ sub, iat }))}.${sig}`);

export const awsKeyArb = fc
  .tuple(fc.constantFrom('AKIA', 'ASIA'), fc.stringMatching(/^[A-Z2-7]{16}$/))
  .map(([prefix, body]) => prefix + body);

const nonZero = fc.integer({ min: 1, max: 9 });
const twoToNine = fc.integer({ min: 2, max: 9 });

/** Phones: E.164 with separators, North American formats, and trunk-0 national formats. */
export const phoneArb = fc.oneof(
  fc
    .tuple(nonZero, digits(2), fc.integer({ min: 0, max: 2 }), digits(11), fc.integer({ min: 7, max: 11 }), fc.constantFrom(' ', '-', ''))
    .map(([lead, more, ccExtra, national, length, sep]) => {
      const cc = `${lead}${more.slice(0, ccExtra)}`;
      const number = national.slice(0, length);
      return `+${cc}${sep === '' ? '' : ' '}${groupBy(number, [3, 3, 4, 4], sep)}`;
    }),
  fc
    .tuple(twoToNine, digits(2), twoToNine, digits(6), fc.constantFrom(0, 1, 2, 3))
    .map(([a, area, e, rest, style]) => {
      const A = `${a}${area}`;
      const E = `${e}${rest.slice(0, 2)}`;
      const L = rest.slice(2, 6);
      return [`(${A}) ${E}-${L}`, `${A}-${E}-${L}`, `+1 ${A} ${E} ${L}`, `${A}.${E}.${L}`][style]!;
    }),
  fc.tuple(nonZero, digits(9)).map(([d, rest]) => `0${d}${rest.slice(0, 1)} ${rest.slice(1, 5)} ${rest.slice(5, 9)}`),
  fc.tuple(nonZero, digits(8)).map(([d, rest]) => `0${d} ${groupBy(rest, [2, 2, 2, 2], ' ')}`),
);

/** Sentences around a value: letters-only words, so they never extend the value. */
export const wordsArb = fc
  .array(fc.constantFrom('please', 'call', 'me', 'at', 'my', 'is', 'the', 'order', 'and', 'thanks', 'reach', 'contact', 'Hello', 'value'), {
    maxLength: 6,
  })
  .map((words) => words.join(' '));

/** The strings that must not survive: the value, and its bare digits for numeric kinds. */
export function needles(value: string): string[] {
  const bare = value.replace(/[\s().+-]/g, '');
  return /^\d{8,}$/.test(bare) && bare !== value ? [value, bare] : [value];
}

const base64Body = fc.stringMatching(/^[A-Za-z0-9+/]{64}$/);

/** PEM private key blocks with random base64 bodies. */
export const pemArb = fc
  .tuple(fc.constantFrom('RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY'), fc.array(base64Body, { minLength: 1, maxLength: 4 }))
  .map(([label, lines]) => ({ pem: `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`, secret: lines[0]! }));

/** Bearer tokens: opaque base64url strings of 20-60 characters. */
export const bearerArb = fc.stringMatching(/^[A-Za-z0-9_-]{19,59}[0-9]$/);

/** User names and passwords for URL user-info. */
export const userInfoArb = fc.tuple(
  fc.stringMatching(/^[a-z][a-z0-9._-]{2,15}$/),
  fc.stringMatching(/^[A-Za-z0-9!$*~]{6,20}$/),
);

/** Key spellings that name a password or secret. */
export const secretKeyArb = fc.constantFrom('password', 'Password', 'PASSWD', 'user_password', 'userPassword', 'api_key', 'X-Api-Key', 'client_secret', 'refreshToken', 'authorization', 'set-cookie', 'card_number', 'CVV');

/** Any printable value a secret may hold. */
export const secretValueArb = fc.stringMatching(/^[A-Za-z0-9!#$%*+,./:;=?@^_~-]{6,24}$/);

/** 16-digit order numbers that fail the Luhn check, so they are not card numbers. */
export const orderNumberArb = digits(16)
  .map((d) => `${(Number(d[0]) % 9) + 1}${d.slice(1)}`)
  .map((d) => {
    const check = luhnCheckDigit(d.slice(0, 15));
    return d.endsWith(check) ? `${d.slice(0, 15)}${(Number(check) + 1) % 10}` : d;
  });

/** Order ids and SKUs. */
export const orderIdArb = fc
  .tuple(fc.constantFrom('ORD', 'INV', 'SKU', 'PO'), fc.integer({ min: 2000, max: 2099 }), digits(6))
  .map(([prefix, year, n]) => `${prefix}-${year}-${n}`);
