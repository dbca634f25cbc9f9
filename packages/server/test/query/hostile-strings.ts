/** Pieces that break naive quoting, comments, regexes, JSON paths or encodings. */
const FRAGMENTS = [
  "'", "''", '\\', "\\'", "\\\\'", '"', '`', ';', '--', '/*', '*/', '#', '%', '_', '?', '$1', '${x}', ':name',
  "'; DROP TABLE events; --", "' OR '1'='1", "1' UNION SELECT event FROM events --", "'); CREATE TABLE pwned (x INT); --",
  "' FORMAT JSON --", ' SETTINGS max_threads=1', " INTO OUTFILE '/tmp/pwned'", "'; ATTACH 'x.db' AS pwned; --",
  "\\'; DROP TABLE events; --", "\\x27", '\\0', '\\n', '\\u0027', '%27', '%00', '&', '=', '+',
  '\n', '\r', '\t', '\b', '\f', '\v', '\u0001', '\u001f', '\u007f', '\u0085', '\u00a0', '\u2028', '\u2029', '\ufeff',
  'é', 'Ä', 'ß', 'İ', '中文', '😀', '👩‍👩‍👧', '\u0301', '$.a', '$[0]', '{', '}', '[', ']', '(', ')', '.*', '(?i)', '\\s',
  '^', '$', '|', '*', 'a'.repeat(40), ' ', 'main > button', 'NULL', 'null', '0', '-1', '1e309', 'NaN',
];

/** A deterministic PRNG, so a failure names a reproducible string. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` hostile strings: fragments glued together, with random code points (never NUL or a
 * lone surrogate: those are refused before quoting and tested on their own).
 */
export function hostileStrings(count: number, seed = 7): string[] {
  const random = mulberry32(seed);
  const out: string[] = [...FRAGMENTS];
  while (out.length < count) {
    let text = '';
    const parts = 1 + Math.floor(random() * 8);
    for (let i = 0; i < parts; i++) {
      if (random() < 0.75) text += FRAGMENTS[Math.floor(random() * FRAGMENTS.length)];
      else {
        let code = 1 + Math.floor(random() * 0x2ffff);
        if (code >= 0xd800 && code <= 0xdfff) code = 0x41;
        text += String.fromCodePoint(code);
      }
    }
    out.push(text);
  }
  return out.slice(0, count);
}
