import { memoizeText, type Scrubber } from '@sightline/scrubber';

const MEMO = { maxEntries: 20_000, maxLength: 256 };

/**
 * The scrubber with a memory of short texts: recordings repeat the same class lists, labels and
 * link paths in every snapshot of every visitor, events the same titles, referrers, selectors
 * and link texts, and the scrubber is a pure function of the text.
 */
export function memoizeScrubber(scrubber: Scrubber): Scrubber {
  return {
    scrubText: memoizeText((text) => scrubber.scrubText(text), MEMO),
    scrubUrl: memoizeText((url) => scrubber.scrubUrl(url), MEMO),
    scrubObject: (value) => scrubber.scrubObject(value),
  };
}
