// Enough for the keys of typical events; the map is cleared when full, so it never grows unbounded.
const MEMO_SIZE = 512;

/** Remembers recent answers of a string predicate: event keys and query names repeat constantly. */
export function memoize(fn: (key: string) => boolean): (key: string) => boolean {
  const memo = new Map<string, boolean>();
  return (key) => {
    let answer = memo.get(key);
    if (answer === undefined) {
      if (memo.size >= MEMO_SIZE) memo.clear();
      answer = fn(key);
      memo.set(key, answer);
    }
    return answer;
  };
}
