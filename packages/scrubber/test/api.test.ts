import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index';
import type { Detector, Scrubber, ScrubberOptions } from '../src/index';

describe('public surface', () => {
  it('exports exactly the documented functions', () => {
    expect(Object.keys(api).sort()).toEqual(['createRegexDetector', 'createScrubber', 'memoizeText', 'scrubObject', 'scrubText', 'scrubUrl']);
  });

  it('has the documented types', () => {
    expectTypeOf(api.scrubText).toEqualTypeOf<(text: string, options?: ScrubberOptions) => string>();
    expectTypeOf(api.scrubUrl).toEqualTypeOf<(url: string, options?: ScrubberOptions) => string>();
    expectTypeOf(api.createScrubber).toEqualTypeOf<(options?: ScrubberOptions) => Scrubber>();
    expectTypeOf(api.scrubObject({ a: 1 })).toEqualTypeOf<{ a: number }>();
    expectTypeOf(api.createRegexDetector('x', /x/)).toEqualTypeOf<Detector>();
    expectTypeOf<Detector['find']>().toEqualTypeOf<(text: string) => api.Span[]>();
  });

  it('creates independent scrubbers', () => {
    const a = api.createScrubber({ placeholders: { email: '<a>' } });
    const b = api.createScrubber();
    expect(a.scrubText('x@example.com')).toBe('<a>');
    expect(b.scrubText('x@example.com')).toBe('[email]');
  });
});
