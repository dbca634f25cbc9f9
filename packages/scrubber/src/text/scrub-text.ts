import type { ScrubberConfig } from '../config';
import { type Found, mergeSpans } from './merge-spans';
import { isPlainText } from './plain-text';

// Extra characters scanned past the cap, so a value cut in half by the cap is still recognised.
const LOOKAHEAD = 512;

/** Every detector's matches in the text, unmerged. */
export function findAll(config: ScrubberConfig, text: string): Found[] {
  const found: Found[] = [];
  const n = text.length;
  for (const detector of config.detectors) {
    for (const span of detector.find(text)) {
      const start = Math.max(0, Math.floor(span.start));
      const end = Math.min(n, Math.floor(span.end));
      if (end > start) found.push({ start, end, kind: span.kind ?? detector.kind, rank: detector.rank });
    }
  }
  return found;
}

/**
 * Replaces merged spans with placeholders, keeping the text up to `cut`. A span that straddles
 * the cut moves the cut to its start: a value is removed whole, never left half visible.
 */
export function renderSpans(config: ScrubberConfig, text: string, spans: Found[], cut = text.length): string {
  let out = '';
  let last = 0;
  let end = cut;
  for (const span of spans) {
    if (span.start >= end) break;
    if (span.end > end) {
      end = span.start;
      break;
    }
    out += text.slice(last, span.start) + config.placeholder(span.kind);
    last = span.end;
  }
  if (last === 0 && end === text.length) return text;
  // Never cut between the two halves of a surrogate pair (emoji, rare CJK).
  const before = text.charCodeAt(end - 1);
  if (end < text.length && end > last && before >= 0xd800 && before <= 0xdbff) end--;
  out += text.slice(last, end);
  return end < text.length ? out + config.truncated : out;
}

/** Replaces every detected value with its placeholder; text past `limit` is cut and marked. */
export function scrubTextWith(config: ScrubberConfig, input: unknown, limit = config.maxLength): string {
  const text = typeof input === 'string' ? input : input == null ? '' : String(input);
  if (text.length < config.minLength) return text;
  const truncated = text.length > limit;
  if (!truncated && config.skipPlainText && isPlainText(text)) return text;
  const window = truncated ? text.slice(0, limit + LOOKAHEAD) : text;
  const spans = mergeSpans(findAll(config, window));
  return renderSpans(config, truncated ? text : window, spans, truncated ? limit : text.length);
}
