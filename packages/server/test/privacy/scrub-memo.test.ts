import { createScrubber } from '@sightline/scrubber';
import { describe, expect, it } from 'vitest';
import { memoizeScrubber } from '../../src/privacy/scrub-memo';

describe('memoized scrubber', () => {
  it('answers as the scrubber does, and asks it once per short text', () => {
    const inner = createScrubber();
    let calls = 0;
    const counted = { ...inner, scrubText: (text: string) => (calls++, inner.scrubText(text)) };
    const memo = memoizeScrubber(counted);
    for (const text of ['mail jane@example.com', 'plain', 'mail jane@example.com', 'x'.repeat(300), 'x'.repeat(300)]) {
      expect(memo.scrubText(text)).toBe(inner.scrubText(text));
    }
    expect(calls).toBe(4);
    expect(memo.scrubUrl('https://a.example/?email=jane@example.com')).toBe(inner.scrubUrl('https://a.example/?email=jane@example.com'));
  });
});
