export interface TextMemoOptions {
  /** Entries kept before the memo starts over. */
  maxEntries: number;
  /** Longer texts are rarely repeated verbatim and would make the memo heavy: they are not kept. */
  maxLength: number;
}

/**
 * Remembers what a pure text function (a scrubber's `scrubText`) answered for recent short texts.
 * Labels, class lists, prices and link paths repeat in every snapshot of a recording and in every
 * event of a page, so most calls become one map lookup. The memo starts over when full.
 */
export function memoizeText(fn: (text: string) => string, options: TextMemoOptions): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (text.length > options.maxLength) return fn(text);
    let result = memo.get(text);
    if (result === undefined) {
      result = fn(text);
      if (memo.size >= options.maxEntries) memo.clear();
      memo.set(text, result);
    }
    return result;
  };
}
