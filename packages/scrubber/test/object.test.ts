import { describe, expect, it } from 'vitest';
import { createScrubber, scrubObject } from '../src/index';

describe('scrubObject', () => {
  it('redacts values under secret keys whatever they hold, case- and separator-insensitively', () => {
    const input = {
      password: 'x',
      Passwd: 123,
      'X-Api-Key': 'abc',
      api_key: 'abc',
      apiKey: 'abc',
      accessToken: 'abc',
      refresh_token: 'abc',
      Authorization: 'Bearer abc',
      cookie: 'sid=1',
      'Set-Cookie': ['a=1', 'b=2'],
      private_key: { n: 1 },
      client_secret: 'abc',
      credit_card: '4111',
      cardNumber: '4111',
      cvv: 123,
      CVC: '123',
      ssn: '123',
      db_password: 'x',
      authToken: 'x',
    };
    const out = scrubObject(input) as Record<string, unknown>;
    for (const key of Object.keys(input)) expect(out[key], key).toBe('[redacted]');
  });

  it('keeps keys that only look like secret names', () => {
    const input = { author: 'Jane', tokens_total: 3, keyboard: 'qwerty', passage: 'text', pinned: true, description: 'ok' };
    expect(scrubObject(input)).toEqual(input);
  });

  it('scrubs strings with the text detectors and URL-looking strings as URLs', () => {
    expect(
      scrubObject({
        title: 'Contact jane@example.com',
        url: 'https://app.example/cb?code=abc&next=%2Fhome',
        path: '/reset?token=abc',
        referrer: 'https://user:pw@old.example/',
      }),
    ).toEqual({
      title: 'Contact [email]',
      url: 'https://app.example/cb?code=[redacted]&next=%2Fhome',
      path: '/reset?token=[redacted]',
      referrer: 'https://old.example/',
    });
  });

  it('walks nested objects, arrays, maps and sets', () => {
    const input = {
      events: [{ props: { note: 'card 4111 1111 1111 1111' } }, ['ip 10.0.0.1']],
      map: new Map<string, unknown>([['email', 'a@example.com'], ['token', 'abc']]),
      set: new Set(['078-05-1120']),
      when: new Date(0),
      n: 42,
      ok: true,
      none: null,
    };
    const out = scrubObject(input);
    expect(out.events).toEqual([{ props: { note: 'card [card]' } }, ['ip [ip]']]);
    expect(out.map.get('email')).toBe('[email]');
    expect(out.map.get('token')).toBe('[redacted]');
    expect([...out.set]).toEqual(['[ssn]']);
    expect(out.when).toEqual(new Date(0));
    expect(out.when).not.toBe(input.when);
    expect(out.n).toBe(42);
    expect(out.ok).toBe(true);
    expect(out.none).toBeNull();
  });

  it('scrubs card numbers stored as numbers and PII in keys', () => {
    expect(scrubObject({ n: 4111111111111111, m: 1700000000000 })).toEqual({ n: '[card]', m: 1700000000000 });
    expect(scrubObject({ 'jane@example.com': 1 })).toEqual({ '[email]': 1 });
  });

  it('never mutates its input', () => {
    const input = { user: { email: 'a@example.com', password: 'x' }, list: ['b@example.com'] };
    const copy = structuredClone(input);
    const out = scrubObject(input);
    expect(input).toEqual(copy);
    expect(out).not.toBe(input);
    expect(out.user).not.toBe(input.user);
  });

  it('replaces cycles with a marker and keeps shared values', () => {
    const shared = { email: 'a@example.com' };
    const input: Record<string, unknown> = { a: shared, b: shared };
    input.self = input;
    expect(scrubObject(input)).toEqual({ a: { email: '[email]' }, b: { email: '[email]' }, self: '[circular]' });
  });

  it('replaces values past the depth cap with a marker', () => {
    let deep: Record<string, unknown> = { email: 'a@example.com' };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const out = JSON.stringify(createScrubber({ maxDepth: 3 }).scrubObject(deep));
    expect(out).toBe('{"next":{"next":{"next":"[truncated]"}}}');
    expect(JSON.stringify(scrubObject(deep))).not.toContain('a@example.com');
  });

  it('replaces values past the node cap with a marker', () => {
    const input = Array.from({ length: 100 }, (_, i) => `user${i}@example.com`);
    const out = createScrubber({ maxNodes: 10 }).scrubObject(input);
    expect(out.filter((v) => v === '[email]')).toHaveLength(9);
    expect(out.filter((v) => v === '[truncated]')).toHaveLength(91);
  });

  it('stops scrubbing strings past the character cap, never leaving them unscrubbed', () => {
    const input = { a: 'x'.repeat(50), b: 'jane@example.com and more text', c: 'bob@example.com' };
    const out = createScrubber({ maxChars: 60 }).scrubObject(input);
    expect(out.a).toBe(input.a);
    expect(out.b).toBe('[truncated]');
    expect(out.c).toBe('[truncated]');
  });

  it('survives throwing getters and odd values', () => {
    const input = {
      get boom(): string {
        throw new Error('no');
      },
      fn: () => 1,
      sym: Symbol('s'),
      big: 4111111111111111n,
      undef: undefined,
    };
    const out = scrubObject(input) as Record<string, unknown>;
    expect(out.boom).toBe('[redacted]');
    expect(out.big).toBe('[card]');
    expect(out.undef).toBeUndefined();
  });

  it('scrubs plain strings and primitives at the root', () => {
    expect(scrubObject('mail a@example.com')).toBe('mail [email]');
    expect(scrubObject(7)).toBe(7);
    expect(scrubObject(null)).toBeNull();
  });
});
