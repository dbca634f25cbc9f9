import { describe, expect, it } from 'vitest';
import { scrubText } from '../src/index';
import { expectScrubbedEverywhere, expectUntouched } from './helpers';

describe('email detector', () => {
  it.each([
    'john.doe@example.com',
    'first.last+tag@sub.example.co.uk',
    'user_name123@mail-server.example.org',
    'UPPER@EXAMPLE.COM',
    'jörg.müller@example.de',
    'a@b.io',
  ])('scrubs %s everywhere', (email) => {
    expectScrubbedEverywhere(email, '[email]');
  });

  it('finds percent-encoded addresses in raw text', () => {
    expect(scrubText('/signup?email=john.doe%40example.com&x=1')).toBe('/signup?email=[email]&x=1');
    expect(scrubText('mailto%3Ajohn%40example.com')).toBe('mailto%3A[email]');
  });

  it('finds several addresses and keeps the text between them', () => {
    expect(scrubText('a@example.com,b@example.org; <c@example.net>')).toBe('[email],[email]; <[email]>');
  });

  it('keeps mailto: and trailing punctuation', () => {
    expect(scrubText('mailto:jane@example.com.')).toBe('mailto:[email].');
  });

  it.each(['@media (max-width: 600px)', 'logo@2x.png', 'icon@1.5x.webp', '@sightline/scrubber', 'user@localhost', 'a@b', 'foo@bar.123', 'x @ y.com'])(
    'leaves %s alone',
    (text) => expectUntouched(text),
  );
});
