import type { ScrubberConfig } from '../config';
import { findAll, scrubTextWith } from '../text/scrub-text';
import { isAbsoluteUrl } from './is-absolute-url';
import { decodePart } from './percent';
import { scrubEncoded, scrubQuery } from './scrub-query';

const SCHEME_AUTHORITY = /^(?:[a-zA-Z][a-zA-Z0-9+.-]{0,31}:)?\/\//;

// Nested URLs in parameters (`redirect_uri=https%3A...`) are scrubbed as URLs, to this depth.
const MAX_NESTING = 3;

function scrubPath(config: ScrubberConfig, path: string, depth: number): string {
  // Most paths hold nothing: one pass over the whole decoded path, then segment by segment only if
  // needed. A `//` (an encoded URL inside a segment) always goes segment by segment.
  const whole = decodePart(path, false);
  if (whole.ok && !whole.text.includes('//') && findAll(config, whole.text).length === 0) return path;
  return path
    .split('/')
    .map((segment) => scrubEncoded(segment, false, (s) => scrubValue(config, s, depth)))
    .join('/');
}

function scrubValue(config: ScrubberConfig, value: string, depth: number): string {
  if (depth < MAX_NESTING && isAbsoluteUrl(value)) return scrubUrlAt(config, value, depth + 1);
  return scrubTextWith(config, value);
}

function scrubQueryPart(config: ScrubberConfig, query: string, depth: number): string {
  const text = (s: string) => scrubTextWith(config, s);
  return scrubQuery(config, query, (s) => scrubValue(config, s, depth), text);
}

/** Fragments carry SPA routes (`#/users/42`) and OAuth replies (`#access_token=...`). */
function scrubFragment(config: ScrubberConfig, fragment: string, depth: number): string {
  if (!fragment.includes('=')) return scrubPath(config, fragment, depth);
  const q = fragment.indexOf('?');
  if (q < 0) return scrubQueryPart(config, fragment, depth);
  return `${scrubPath(config, fragment.slice(0, q), depth)}?${scrubQueryPart(config, fragment.slice(q + 1), depth)}`;
}

/** Drops user-info and scrubs the host (an IP literal is an address). */
function scrubAuthority(config: ScrubberConfig, authority: string): string {
  const at = authority.lastIndexOf('@');
  const host = at < 0 ? authority : authority.slice(at + 1);
  return scrubTextWith(config, host);
}

function scrubUrlAt(config: ScrubberConfig, url: string, depth: number): string {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const q = beforeHash.indexOf('?');
  const beforeQuery = q < 0 ? beforeHash : beforeHash.slice(0, q);
  let out: string;
  const prefix = SCHEME_AUTHORITY.exec(beforeQuery);
  if (prefix) {
    const rest = beforeQuery.slice(prefix[0].length);
    const slash = rest.indexOf('/');
    const authority = slash < 0 ? rest : rest.slice(0, slash);
    const path = slash < 0 ? '' : scrubPath(config, rest.slice(slash), depth);
    out = prefix[0] + scrubAuthority(config, authority) + path;
  } else out = scrubPath(config, beforeQuery, depth);
  if (q >= 0) out += `?${scrubQueryPart(config, beforeHash.slice(q + 1), depth)}`;
  if (hash >= 0) out += `#${scrubFragment(config, url.slice(hash + 1), depth)}`;
  return out;
}

/**
 * Scrubs a URL, absolute or relative, without parsing it with `URL` (which throws on relative and
 * malformed input and rewrites what it keeps). Over the length cap it is cut and marked.
 */
export function scrubUrlWith(config: ScrubberConfig, input: unknown): string {
  const url = typeof input === 'string' ? input : input == null ? '' : String(input);
  if (url.length <= config.maxLength) return scrubUrlAt(config, url, 0);
  // Cut at a delimiter, so no parameter or segment is kept half and unrecognisable.
  const head = url.slice(0, config.maxLength);
  const cut = Math.max(head.lastIndexOf('&'), head.lastIndexOf('/'), head.lastIndexOf('?'), head.lastIndexOf('#'));
  return scrubUrlAt(config, head.slice(0, Math.max(cut, 0)), 0) + config.truncated;
}
