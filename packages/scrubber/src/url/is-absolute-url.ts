const ABSOLUTE = /^[a-zA-Z][a-zA-Z0-9+.-]{0,31}:\/\//;

/** An absolute URL (`scheme://...`) with no whitespace. */
export function isAbsoluteUrl(text: string): boolean {
  return ABSOLUTE.test(text) && !/\s/.test(text);
}
