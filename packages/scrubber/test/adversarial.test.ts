import { describe, expect, it } from 'vitest';
import { scrubObject, scrubText, scrubUrl } from '../src/index';

const SIZE = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Inputs that make naive regexes backtrack: long runs with no match, or partial matches everywhere.
const INPUTS: Record<string, string> = {
  digits: fill('7'),
  'spaced digits': fill('1 '),
  'dashed digits': fill('12-'),
  'digit groups': fill('4111 '),
  'plus digits': fill('+1 '),
  parens: fill('(1) '),
  'at signs': fill('@'),
  'a@a.a': fill('a@a.a'),
  'a.a@': fill('a.a@'),
  'encoded at': fill('%40'),
  'local part run': `${fill('a').slice(1)}@`,
  'dotted domain': `a@${fill('a.').slice(2)}`,
  dots: fill('.'),
  'dotted digits': fill('1.'),
  hex: fill('deadbeef'),
  colons: fill(':'),
  'hex colons': fill('a:'),
  'double colons': fill('1::'),
  'begin without end': fill('-----BEGIN '),
  'private key begin without end': fill('-----BEGIN PRIVATE KEY-----'),
  'jwt prefixes': fill('eyJ'),
  'jwt dots': fill('eyJhbGciOi.'),
  'base64url run': fill('eyJaZ09_-'),
  'bearer repeated': fill('Bearer '),
  'password repeated': fill('password='),
  'token repeated': fill('token '),
  'key colon': fill('api_key: '),
  'scheme separators': fill('://'),
  'userinfo run': `https://${fill('u')}`,
  'aws prefixes': fill('AKIA'),
  'api key prefixes': fill('ghp_'),
  'iban heads': fill('DE89'),
  'spaced iban heads': fill('DE89 '),
  'ssn shapes': fill('123-45-'),
  'ip shapes': fill('1.1.1.1.'),
  mixed: fill('a@b 1.2.3 +4 (5) 6-7 :: eyJ DE12 token= '),
  'ampersands and equals': fill('&a=%'),
  'percent signs': fill('%'),
  'unicode letters': fill('é@ü.'),
  'cookie headers': fill('Cookie: '),
  'key equals': fill('key='),
  'double-zero groups': fill('00 '),
  'chained addresses': fill('a@b.co'),
  'hyphenated domain': `a@${fill('a-').slice(2)}.com`,
  'slashes before @': fill('//u:p@'),
};

const BOUND_MS = 2000;

const time = (fn: () => unknown): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

describe('adversarial inputs of 100 KB finish in linear time', () => {
  for (const [name, input] of Object.entries(INPUTS)) {
    it(name, () => {
      expect(input.length).toBeGreaterThanOrEqual(SIZE - 1);
      expect(time(() => scrubText(input))).toBeLessThan(BOUND_MS);
      expect(time(() => scrubUrl(`https://example.com/p?q=${input}`))).toBeLessThan(BOUND_MS);
      expect(time(() => scrubObject({ text: input }))).toBeLessThan(BOUND_MS);
    });
  }

  it('a private key whose END is missing is scrubbed to the end', () => {
    expect(scrubText(`ok ${INPUTS['private key begin without end']}`)).toBe('ok [private_key]');
  });

  it('doubling the input roughly doubles the time (no quadratic blow-up)', () => {
    const small = fill('1 a@a. 4111 eyJ :: ');
    const large = small + small + small + small;
    // The fastest of three runs, so a pause of the machine does not count as the scrubber's time.
    const best = (text: string): number => Math.min(...[0, 1, 2].map(() => time(() => scrubText(text))));
    const t1 = Math.max(best(small), 1);
    const t4 = best(large);
    expect(t4 / t1).toBeLessThan(16);
  });
});
