/** Entries kept before the cache starts over; with the length cap, at most about 0.5 MB. */
const MAX_ENTRIES = 1_000;
/** Longer texts are rarely repeated verbatim and would make the cache heavy. */
const MAX_LENGTH = 256;

/**
 * Remembers what the scrubber made of recent texts: page text repeats (labels, prices,
 * counters, a row template), and rrweb hands each one over again at every snapshot and every
 * mutation that touches it. The scrubber is a pure function of the text, so a cached answer is
 * the answer it would give.
 */
export function cacheScrub(scrub: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (text.length > MAX_LENGTH) return scrub(text);
    let result = memo.get(text);
    if (result === undefined) {
      result = scrub(text);
      if (memo.size >= MAX_ENTRIES) memo.clear();
      memo.set(text, result);
    }
    return result;
  };
}
