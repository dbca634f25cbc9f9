import { expect } from 'vitest';
import { scrubObject, scrubText, scrubUrl } from '../src/index';

/** Asserts the value is replaced by the placeholder in prose, JSON, URLs (query, path, encoded) and objects. */
export function expectScrubbedEverywhere(value: string, placeholder: string): void {
  expect(scrubText(value)).toBe(placeholder);
  expect(scrubText(`Please reach ${value} today.`)).toBe(`Please reach ${placeholder} today.`);
  expect(scrubText(`(${value})`)).toBe(`(${placeholder})`);
  const json = scrubText(JSON.stringify({ note: value, n: 1 }));
  expect(json).toBe(JSON.stringify({ note: placeholder, n: 1 }));
  expect(scrubUrl(`https://shop.example/search?q=${encodeURIComponent(value)}&page=2`)).toBe(
    `https://shop.example/search?q=${placeholder}&page=2`,
  );
  expect(scrubUrl(`https://shop.example/u/${encodeURIComponent(value)}/edit`)).toBe(
    `https://shop.example/u/${placeholder}/edit`,
  );
  expect(scrubObject({ user: { note: `see ${value}` }, list: [value] })).toEqual({
    user: { note: `see ${placeholder}` },
    list: [placeholder],
  });
}

/** Asserts the text comes through scrubText unchanged, alone and inside a sentence. */
export function expectUntouched(text: string): void {
  expect(scrubText(text)).toBe(text);
  expect(scrubText(`Item ${text} shipped.`)).toBe(`Item ${text} shipped.`);
}
