export interface Decoded {
  text: string;
  /** False when the escapes were malformed and the text is the raw input. */
  ok: boolean;
}

/** Percent-decodes, reading `+` as a space in query strings. */
export function decodePart(raw: string, plusIsSpace: boolean): Decoded {
  const text = plusIsSpace && raw.includes('+') ? raw.replace(/\+/g, ' ') : raw;
  if (!text.includes('%')) return { text, ok: true };
  try {
    return { text: decodeURIComponent(text), ok: true };
  } catch {
    return { text: raw, ok: false };
  }
}

/**
 * Encodes only what a scrubbed part cannot carry literally (spaces, `%`, delimiters, controls),
 * so placeholders and the rest of the text stay readable: `mailto:[email]`, not `mailto%3A%5Bemail%5D`.
 */
export function encodePart(text: string): string {
  return text.replace(/[\s%#?&=+/"<>\\^`{|}\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c));
}
