import type { Scrubber } from '@sightline/scrubber';

/** Entries kept before the memo starts over, and the longest text it keeps. */
const MAX_ENTRIES = 20_000;
const MAX_LENGTH = 256;

/**
 * The scrubber with a memory of short texts: recordings repeat the same class lists, labels and
 * link paths in every snapshot of every visitor, and the scrubber is a pure function of the text.
 */
export function memoizeScrubber(scrubber: Scrubber): Scrubber {
  const memo = (scrub: (text: string) => string) => {
    const seen = new Map<string, string>();
    return (text: string) => {
      if (text.length > MAX_LENGTH) return scrub(text);
      let result = seen.get(text);
      if (result === undefined) {
        result = scrub(text);
        if (seen.size >= MAX_ENTRIES) seen.clear();
        seen.set(text, result);
      }
      return result;
    };
  };
  return {
    scrubText: memo((text) => scrubber.scrubText(text)),
    scrubUrl: memo((url) => scrubber.scrubUrl(url)),
    scrubObject: (value) => scrubber.scrubObject(value),
  };
}
