import { describe, expect, it } from 'vitest';
import { cacheScrub } from '../src/privacy/scrub-cache';

describe('scrub cache', () => {
  it('scrubs each text once and gives the same answer again', () => {
    const seen: string[] = [];
    const scrub = cacheScrub((text) => (seen.push(text), text.replace(/\S+@\S+/g, '[email]')));
    expect(scrub('mail a@b.co')).toBe('mail [email]');
    expect(scrub('mail a@b.co')).toBe('mail [email]');
    expect(scrub('plain')).toBe('plain');
    expect(seen).toEqual(['mail a@b.co', 'plain']);
  });

  it('does not keep long texts and starts over when full', () => {
    let calls = 0;
    const scrub = cacheScrub((text) => (calls++, text));
    const long = 'x'.repeat(300);
    scrub(long);
    scrub(long);
    expect(calls).toBe(2);
    calls = 0;
    for (let i = 0; i < 1_001; i++) scrub(`text ${i}`);
    scrub('text 1000');
    scrub('text 0');
    // 1,000 entries, then a fresh start with `text 1000`: `text 0` is scrubbed again.
    expect(calls).toBe(1_002);
  });
});
