import { memoizeText } from '@sightline/scrubber';

/**
 * Remembers what the scrubber made of recent texts (up to 1,000 of at most 256 characters, about
 * 0.5 MB): page text repeats, and rrweb hands each one over again at every snapshot and every
 * mutation that touches it. The scrubber is a pure function of the text, so a cached answer is
 * the answer it would give.
 */
export const cacheScrub = (scrub: (text: string) => string): ((text: string) => string) =>
  memoizeText(scrub, { maxEntries: 1_000, maxLength: 256 });
