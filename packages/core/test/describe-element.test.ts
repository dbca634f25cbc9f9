import { afterEach, describe, expect, it } from 'vitest';
import { selectorOf } from '@sightline/core';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('selectorOf', () => {
  it('counts only same-tag siblings for nth-of-type, and leaves it out for an only one of its tag', () => {
    document.body.innerHTML = '<main><p>a</p><div><span>x</span><b>y</b><span>z</span></div><p>b</p><section><i>only</i><em>too</em></section><p>c</p></main>';
    const main = document.querySelector('main')!;
    const [first, second, third] = Array.from(main.querySelectorAll(':scope > p'));
    expect(selectorOf(first!)).toBe('body > main > p:nth-of-type(1)');
    expect(selectorOf(second!)).toBe('body > main > p:nth-of-type(2)');
    expect(selectorOf(third!)).toBe('body > main > p:nth-of-type(3)');
    const spans = main.querySelectorAll('span');
    expect(selectorOf(spans[1]!)).toBe('body > main > div > span:nth-of-type(2)');
    expect(selectorOf(main.querySelector('b')!)).toBe('body > main > div > b');
    expect(selectorOf(main.querySelector('i')!)).toBe('body > main > section > i');
    for (const element of Array.from(main.querySelectorAll('*'))) expect(document.querySelector(selectorOf(element))).toBe(element);
  });
});
