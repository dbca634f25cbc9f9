/**
 * Whether a URL may stay in a recording. Browsers drop ASCII whitespace and control characters
 * anywhere in a scheme (`java\tscript:`) and ignore case, so the test runs on that normal form.
 * Scripts (`javascript:`, `vbscript:`) never pass; `data:` passes only for images, and SVG
 * images only where an image element shows them (elsewhere an SVG document can run script).
 */
export function isSafeUrl(value: string, imageElement = false): boolean {
  const normal = normalize(value);
  if (isScript(normal)) return false;
  if (!normal.startsWith('data:')) return true;
  if (!normal.startsWith('data:image/')) return false;
  return imageElement || !normal.startsWith('data:image/svg');
}

/** True for a script URL, in any attribute: `to` and `values` of SVG, `content`, unknown ones. */
export const isScriptUrl = (value: string): boolean => isScript(normalize(value));

const normalize = (value: string) => value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
const isScript = (normal: string) =>
  normal.startsWith('javascript:') || normal.startsWith('vbscript:') || normal.startsWith('livescript:');

/** `srcset` and `imagesrcset`: every candidate URL must pass (the HTML parsing rule: a URL ends at whitespace). */
export function isSafeSrcset(value: string, imageElement: boolean): boolean {
  let at = 0;
  while (at < value.length) {
    while (at < value.length && /[\s,]/.test(value[at] as string)) at++;
    const start = at;
    while (at < value.length && !/\s/.test(value[at] as string)) at++;
    const url = value.slice(start, at).replace(/,+$/, '');
    if (url && !isSafeUrl(url, imageElement)) return false;
    if (!value.slice(start, at).endsWith(',')) while (at < value.length && value[at] !== ',') at++;
  }
  return true;
}

const CSS_ESCAPE = /\\([0-9a-f]{1,6})\s?|\\(.)/gi;

/**
 * CSS that could run script or navigate in some browser: `url(javascript:…)`, `expression()`,
 * `-moz-binding`, `behavior`. Read after undoing CSS escapes and comments (`j\61vascript`).
 */
export function isSafeCss(css: string): boolean {
  const plain = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(CSS_ESCAPE, (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : (char ?? ''),
    )
    .replace(/[\u0000-\u0020\u007f]+/g, '')
    .toLowerCase();
  // `behavior` alone (old IE), not `scroll-behavior` or `overscroll-behavior`.
  return !/javascript:|vbscript:|expression\(|-moz-binding|(?<![-\w])behavior:|data:text\/html/.test(plain);
}
