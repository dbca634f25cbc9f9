import { describe, expect, it } from 'vitest';
import { luhnValid } from '../src/detectors/luhn';
import { scrubText } from '../src/index';
import { expectScrubbedEverywhere, expectUntouched } from './helpers';

// Public test numbers of each network.
const CARDS = {
  visa: ['4111111111111111', '4012888888881881', '4222222222222'],
  mastercard: ['5555555555554444', '5105105105105100', '2223003122003222'],
  amex: ['378282246310005', '371449635398431'],
  discover: ['6011111111111117', '6011000990139424'],
  diners: ['30569309025904', '38520000023237'],
  jcb: ['3530111333300000', '3566002020360505'],
  unionpay: ['6200000000000005', '6212345678901265'],
  maestro: ['6759649826438453', '5018000000000009'],
};

const group = (digits: string, sizes: number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.join(sep);
};

describe('card detector', () => {
  for (const [brand, numbers] of Object.entries(CARDS)) {
    it.each(numbers)(`scrubs ${brand} %s bare, spaced and dashed`, (digits) => {
      expect(luhnValid(digits)).toBe(true);
      const sizes = { 13: [4, 3, 3, 3], 14: [4, 6, 4], 15: [4, 6, 5] }[digits.length] ?? [4, 4, 4, 4];
      expectScrubbedEverywhere(digits, '[card]');
      expectScrubbedEverywhere(group(digits, sizes, ' '), '[card]');
      expectScrubbedEverywhere(group(digits, sizes, '-'), '[card]');
    });
  }

  it('scrubs a card followed by more numbers in the same run', () => {
    expect(scrubText('4111 1111 1111 1111 exp 12/29')).toBe('[card] exp 12/29');
    expect(scrubText('card: 4111111111111111, cvv 123')).toBe('card: [card], cvv 123');
    expect(scrubText('12 4111 1111 1111 1111')).toBe('12 [card]');
    expect(scrubText('4111 1111 1111 1111 5555 5555 5555 4444')).toBe('[card] [card]');
  });

  it.each([
    '4111111111111112',
    '1234567890123456',
    '1234 5678 9012 3456',
    '4111 1111 1111 1112',
    '7000000000000000',
    'ORD-4111111111111111',
    '1700000000000',
    '0.4111111111111111',
    '12345678901234567890123',
  ])('leaves %s alone', (text) => expectUntouched(text));
});
