import { describe, expect, it } from 'vitest';
import { createRegexDetector, createScrubber, scrubText } from '../src/index';

describe('createScrubber', () => {
  it('turns detectors off by kind', () => {
    const scrubber = createScrubber({ detectors: { phone: false, ip: false } });
    expect(scrubber.scrubText('+44 20 7946 0958 10.0.0.1 a@example.com')).toBe('+44 20 7946 0958 10.0.0.1 [email]');
  });

  it('uses custom placeholders and markers', () => {
    const scrubber = createScrubber({ placeholders: { email: '<EMAIL>', redacted: '***', truncated: '…' } });
    expect(scrubber.scrubText('a@example.com')).toBe('<EMAIL>');
    expect(scrubber.scrubObject({ password: 'x' })).toEqual({ password: '***' });
  });

  it('runs custom detectors, by function or by regex', () => {
    const scrubber = createScrubber({
      customDetectors: [
        createRegexDetector('customer_id', /\bCUST-\d{6}\b/),
        createRegexDetector('order', 'ord-\\d{4}', 'i'),
        {
          kind: 'name',
          find: (text) => {
            const at = text.indexOf('Jane Roe');
            return at < 0 ? [] : [{ start: at, end: at + 8 }];
          },
        },
      ],
    });
    expect(scrubber.scrubText('CUST-123456 and CUST-654321, ORD-2024 by Jane Roe')).toBe(
      '[customer_id] and [customer_id], [order] by [name]',
    );
  });

  it('regex detectors hold no state between calls', () => {
    const detector = createRegexDetector('x', /x\d/g);
    expect(detector.find('x1 x2')).toHaveLength(2);
    expect(detector.find('x1 x2')).toHaveLength(2);
    expect(createRegexDetector('empty', /a*/).find('bab')).toEqual([{ start: 1, end: 2 }]);
  });

  it('clamps spans from custom detectors', () => {
    const scrubber = createScrubber({ customDetectors: [{ kind: 'all', find: () => [{ start: -5, end: 1e9 }, { start: 3, end: 2 }] }] });
    expect(scrubber.scrubText('abc')).toBe('[all]');
  });

  it('never throws: a failing detector redacts the whole value', () => {
    const scrubber = createScrubber({
      customDetectors: [
        {
          kind: 'bad',
          find: () => {
            throw new Error('boom');
          },
        },
      ],
    });
    expect(scrubber.scrubText('a@example.com')).toBe('[redacted]');
    expect(scrubber.scrubUrl('/x?a=1')).toBe('[redacted]');
    expect(scrubber.scrubObject({ a: 'x' })).toBe('[redacted]');
  });

  it('accepts extra secret keys and sensitive query keys', () => {
    const scrubber = createScrubber({ secretKeys: ['memberNumber'], sensitiveQueryKeys: ['ref'] });
    expect(scrubber.scrubObject({ member_number: 'M1', 'Member-Number': 'M2', other: 'x' })).toEqual({
      member_number: '[redacted]',
      'Member-Number': '[redacted]',
      other: 'x',
    });
    expect(scrubber.scrubUrl('/x?REF=abc&y=1')).toBe('/x?REF=[redacted]&y=1');
  });

  it('merges overlapping matches into one placeholder', () => {
    const scrubber = createScrubber({ customDetectors: [createRegexDetector('thing', /com and b/)] });
    expect(scrubber.scrubText('a@example.com and b@example.com')).toBe('[email]');
  });
});

describe('input length cap', () => {
  it('cuts long text and marks it', () => {
    const scrubber = createScrubber({ maxLength: 10 });
    expect(scrubber.scrubText('hello world, how are you')).toBe('hello worl[truncated]');
  });

  it('never keeps half of a value cut by the cap', () => {
    const scrubber = createScrubber({ maxLength: 20 });
    expect(scrubber.scrubText('my card 4111 1111 1111 1111 ok')).toBe('my card [truncated]');
    expect(scrubber.scrubText('to jane@example.com and bob@example.org')).toBe('to [email] [truncated]');
    expect(scrubber.scrubText('to jane and bob@example.org')).toBe('to jane and [truncated]');
  });

  it('does not cut a surrogate pair in half', () => {
    expect(createScrubber({ maxLength: 7 }).scrubText('hello 😀 world')).toBe('hello [truncated]');
  });

  it('defaults to 256 Ki characters', () => {
    const long = 'a'.repeat(300_000);
    expect(scrubText(long)).toBe(`${'a'.repeat(262_144)}[truncated]`);
  });

  it('coerces non-string input instead of throwing', () => {
    expect(scrubText(undefined as unknown as string)).toBe('');
    expect(scrubText(4111111111111111 as unknown as string)).toBe('[card]');
  });
});
