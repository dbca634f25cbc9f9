import { describe, expect, it } from 'vitest';
import { memoizeText } from '../src/index';

describe('memoizeText', () => {
  it('answers a repeated short text from memory, calls through for long ones, and starts over when full', () => {
    const calls: string[] = [];
    const upper = memoizeText((text) => (calls.push(text), text.toUpperCase()), { maxEntries: 2, maxLength: 5 });
    expect([upper('ab'), upper('ab'), upper('abcdef'), upper('abcdef')]).toEqual(['AB', 'AB', 'ABCDEF', 'ABCDEF']);
    expect(calls).toEqual(['ab', 'abcdef', 'abcdef']);
    upper('cd');
    upper('ef'); // full: starts over
    upper('ab');
    expect(calls.filter((text) => text === 'ab')).toHaveLength(2);
  });
});
