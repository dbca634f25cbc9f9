import { describe, expect, it } from 'vitest';
import { scrubText } from '../src/index';
import { expectScrubbedEverywhere, expectUntouched } from './helpers';

const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('jwt detector', () => {
  it('scrubs a signed token everywhere', () => expectScrubbedEverywhere(JWT, '[jwt]'));

  it('scrubs an unsigned token (alg none) and one after a key', () => {
    const unsigned = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhYmMifQ.';
    expect(scrubText(`t=${unsigned} end`)).toBe('t=[jwt] end');
    expect(scrubText(`{"id_token":"${JWT}"}`)).toBe('{"id_token":"[jwt]"}');
  });

  it.each(['eyJ', 'eyJhbGciOi', 'keyJoin.eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJhbGciOiJIUzI1NiJ9 alone'])(
    'leaves %s alone',
    (text) => expectUntouched(text),
  );
});

describe('authorization detector', () => {
  it('scrubs bearer tokens and keeps the scheme', () => {
    expect(scrubText('Authorization: Bearer abc123DEF456ghi789')).toBe('Authorization: Bearer [token]');
    expect(scrubText('authorization: bearer 9f8e7d6c5b4a.x-y_z~')).toBe('authorization: bearer [token]');
    expect(scrubText(`Bearer ${JWT}`)).toBe('Bearer [jwt]');
  });

  it('scrubs Basic credentials', () => {
    expect(scrubText(`Authorization: Basic ${btoa('alice:s3cret')}`)).toBe('Authorization: Basic [credentials]');
  });

  it.each(['Bearer of bad news', 'bearer bonds', 'Bearer instrument', 'Basic training', 'Basic Settings'])(
    'leaves %s alone',
    (text) => expectUntouched(text),
  );
});

describe('api key detectors', () => {
  it.each([
    ['AKIAIOSFODNN7EXAMPLE', '[aws_key]'],
    ['ASIAY34FZKBOKMUTVV7A', '[aws_key]'],
    ['ghp_abcdefghijklmnopqrstuvwxyz0123456789', '[token]'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', '[token]'],
    ['xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', '[token]'],
    ['sk_live_4eC39HqLyjWDarjtT1zdp7dc', '[token]'],
    ['AIzaSyA-1234567890abcdefghijklmnopqrstu', '[token]'],
    ['glpat-abcdefghij0123456789', '[token]'],
    ['npm_abcdefghijklmnopqrstuvwxyz0123456789', '[token]'],
    ['sk-proj-abc123def456ghi789jkl012', '[token]'],
  ])('scrubs %s everywhere', (key, placeholder) => {
    expectScrubbedEverywhere(key, placeholder);
  });

  it.each(['AKIA', 'AKIAIOSFODNN7EXAMPLEXX', 'MYAKIAIOSFODNN7EXAMPLE', 'sk-learn', 'sk-learn-is-a-python-library-for-ml', 'ghp_short', 'pk_live_4eC39HqLyjWDarjtT1zdp7dc'])(
    'leaves %s alone',
    (text) => expectUntouched(text),
  );
});

describe('secret assignment detector', () => {
  it.each([
    ['password=hunter2', 'password=[credentials]'],
    ['db_password: "correct horse battery"', 'db_password: "[credentials]"'],
    ['{"userPassword":"p@ss w0rd!"}', '{"userPassword":"[credentials]"}'],
    ['pwd=Tr0ub4dor&x=1', 'pwd=[credentials]&x=1'],
    ['api_key: 8f14e45fceea167a5a36dedd4bea2543', 'api_key: [token]'],
    ['"apiKey": "AbCdEf0123456789"', '"apiKey": "[token]"'],
    ['access_token=ya29.a0AfH6SMBx3kLmN0pQ', 'access_token=[token]'],
    ['client secret 9c4e1f7a2b6d8e0f3a5c7b9d', 'client secret [token]'],
    ['export GITHUB_TOKEN=abc123def456ghi789', 'export GITHUB_TOKEN=[token]'],
    ['X-Api-Key: 0123456789abcdefABCDEF', 'X-Api-Key: [token]'],
    ['Cookie: sid=abc123; theme=dark\nAccept: */*', 'Cookie: [credentials]\nAccept: */*'],
    ['set-cookie: session=9f8e; Path=/; HttpOnly', 'set-cookie: [credentials]'],
    ['{"cookie":"a=1; b=2","x":1}', '{"cookie":"[credentials]","x":1}'],
    ['/x?cookie=abc&page=2', '/x?cookie=[credentials]&page=2'],
  ])('scrubs %s', (text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = scrubText('password=hunter2 token=abc123def456ghi789');
    expect(scrubText(once)).toBe(once);
  });

  it.each([
    'the password is wrong',
    'Forgot your password?',
    'the token is invalid',
    'tokenizer=bpe',
    'token: undefined',
    'the secret ingredient is love',
    'bypass: true',
    'monkey=banana',
    'primary_key=12345678901234567',
    'token_type=bearer',
    'author: Jane',
    'We use cookies to improve your experience.',
    'cookie consent accepted',
  ])('leaves %s alone', (text) => expectUntouched(text));
});

describe('api key formats', () => {
  it('every vendor prefix is found by the scanner', async () => {
    const { API_KEY_MIN_LENGTH } = await import('../src/detectors/api-key');
    for (const [prefix, min] of Object.entries(API_KEY_MIN_LENGTH)) {
      const key = `${prefix}${'a1B2c3D4e5'.repeat(5).slice(0, min + 4)}`;
      expect(scrubText(`key ${key} end`), prefix).toBe('key [token] end');
    }
  });
});
