import type { ScrubberConfig } from '../config';
import { mergeSpans } from '../text/merge-spans';
import { findAll, renderSpans } from '../text/scrub-text';
import { isAbsoluteUrl } from './is-absolute-url';
import { decodePart, encodePart } from './percent';

export type PartScrubber = (decoded: string) => string;

/** Scrubs one raw (encoded) part; returns it byte for byte when nothing was found. */
export function scrubEncoded(raw: string, plusIsSpace: boolean, scrub: PartScrubber): string {
  const decoded = decodePart(raw, plusIsSpace);
  // Malformed escapes: scrub the raw text as it stands.
  if (!decoded.ok) return scrub(raw);
  const scrubbed = scrub(decoded.text);
  return scrubbed === decoded.text ? raw : encodePart(scrubbed);
}

/**
 * A `+` in a query value is a space to a form encoder but often a literal plus to whoever typed
 * it (`john+tag@example.com`, `+44 20 ...`). Both readings are scanned and their matches joined;
 * the two decodings have the same length, so the spans line up.
 */
function scrubPlusValue(config: ScrubberConfig, raw: string, scrub: PartScrubber): string {
  const spaced = decodePart(raw, true);
  const literal = decodePart(raw, false);
  const aligned = spaced.ok && literal.ok && spaced.text.length === literal.text.length;
  if (!aligned || spaced.text.length > config.maxLength || isAbsoluteUrl(literal.text)) {
    return scrubEncoded(raw, true, scrub);
  }
  const spans = mergeSpans([...findAll(config, spaced.text), ...findAll(config, literal.text)]);
  return spans.length === 0 ? raw : encodePart(renderSpans(config, spaced.text, spans));
}

/**
 * Scrubs `a=1&b=2`: parameters with sensitive names get a redacted value (or are dropped); every
 * other name and value is decoded and run through the detectors.
 */
export function scrubQuery(
  config: ScrubberConfig,
  query: string,
  scrubValue: PartScrubber,
  scrubName: PartScrubber,
): string {
  const kept: string[] = [];
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const key = decodePart(rawKey, true).text;
    if (eq >= 0 && config.isSensitiveQueryKey(key)) {
      if (!config.dropSensitiveParams) kept.push(`${rawKey}=${config.redacted}`);
      continue;
    }
    const name = scrubEncoded(rawKey, true, scrubName);
    if (eq < 0) {
      kept.push(name);
      continue;
    }
    const raw = pair.slice(eq + 1);
    const value = raw.includes('+') ? scrubPlusValue(config, raw, scrubValue) : scrubEncoded(raw, true, scrubValue);
    kept.push(`${name}=${value}`);
  }
  return kept.join('&');
}
