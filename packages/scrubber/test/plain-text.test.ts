import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScrubber } from '../src/index';
import { findAll } from '../src/text/scrub-text';
import { resolveConfig } from '../src/config';
import { isPlainText } from '../src/text/plain-text';
import {
  awsKeyArb, bearerArb, cardArb, emailArb, ibanArb, ipv4Arb, ipv6Arb, jwtArb, pemArb, phoneArb, secretValueArb, ssnArb, userInfoArb,
} from './arbitraries';

// What the detectors themselves find, without the pre-check the scrubber now applies first.
const config = resolveConfig();
const caught = (text: string) => text.length >= config.minLength && findAll(config, text).length > 0;
const scrubber = createScrubber();

/** Every quoted string in the scrubber's own tests: its examples of what it must catch and keep. */
function scrubberExamples(): string[] {
  const dir = import.meta.dirname;
  const strings = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\$]|\\.)*)`/g)) {
      const raw = match[1] ?? match[2] ?? '';
      strings.add(raw.replace(/\\n/g, '\n').replace(/\\(.)/g, '$1'));
    }
  }
  return [...strings];
}

const contexts = (value: string) => [value, `hello ${value}`, `${value} there`, `call ${value} now`, `(${value})`, `${value}\n`];

describe('plain text pre-check', () => {
  it('is what the scrubber does first: plain text comes back as it is, unless custom detectors are set', () => {
    expect(scrubber.scrubText('Add to cart')).toBe('Add to cart');
    const custom = createScrubber({ customDetectors: [{ kind: 'product', find: (text) => (text.includes('cart') ? [{ start: 7, end: 11 }] : []) }] });
    expect(custom.scrubText('Add to cart')).toBe('Add to [product]');
    expect(createScrubber({ maxLength: 8 }).scrubText('Add to cart')).not.toBe('Add to cart');
  });

  it('lets through ordinary page text', () => {
    for (const text of ['row 1234', 'Add to cart', 'Total 42', 'Everything you need, delivered', 'Page 3 of 12', 'Step 2 - Shipping', 'Sale! 20% off'.replace('%', ''), '0']) {
      expect(isPlainText(text), text).toBe(true);
    }
  });

  it('never lets through Basic credentials made of an ordinary-looking word', () => {
    // Found by the property below: `Ogaaaaaa` is base64 of `:h` and some filler.
    expect(caught('Basic Ogaaaaaa ')).toBe(true);
    expect(isPlainText('Basic Ogaaaaaa ')).toBe(false);
    expect(isPlainText('Basic plan, everything included')).toBe(false);
    expect(isPlainText('Basic plan for teams')).toBe(true);
  });

  it('never lets through a string of the scrubber tests that the scrubber changes', () => {
    const examples = scrubberExamples();
    expect(examples.length).toBeGreaterThan(300);
    const texts = examples.flatMap(contexts);
    // Not a vacuous check: many examples are PII, and many are let through.
    expect(texts.filter(caught).length).toBeGreaterThan(500);
    expect(texts.filter(isPlainText).length).toBeGreaterThan(200);
    expect(texts.filter((text) => isPlainText(text) && caught(text))).toEqual([]);
  });

  it('never lets through generated PII of any kind, alone or in a sentence', () => {
    const pii = fc.oneof(cardArb, ibanArb, ssnArb, emailArb, ipv4Arb, ipv6Arb, jwtArb, awsKeyArb, phoneArb, pemArb,
      bearerArb.map((token) => `Bearer ${token}`), secretValueArb.map((value) => `password=${value}`), userInfoArb.map(String));
    fc.assert(fc.property(pii, (value) => {
      for (const text of contexts(String(value))) if (caught(text)) expect(isPlainText(text), text).toBe(false);
    }), { numRuns: 3_000 });
  });

  it('passes nothing the scrubber would change, over text built from the characters it lets through', () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z]{1,18}$/),
      fc.stringMatching(/^[A-Z][a-z]{6,16}$/),
      fc.stringMatching(/^[0-9]{1,7}$/),
      fc.stringMatching(/^[A-Za-z0-9]{2,24}$/),
      fc.constantFrom('Bearer', 'Basic', 'secret', 'token', 'key', 'password', 'pwd', 'cookie', 'AKIA', 'AIza', '-----BEGIN', 'PRIVATE', 'KEY-----', 'DE89', 'ghp', 'sk-'),
      fc.constantFrom(',', ';', '!', '?', '(', ')', '-', '&', '#', '*', '[', ']', '--', '(0)'),
    );
    const separator = fc.constantFrom(' ', ' ', '-', '\n', '\t', '', ' - ');
    const text = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(text, (value) => {
      if (isPlainText(value)) expect(caught(value), value).toBe(false);
    }), { numRuns: 30_000 });
  });
});
