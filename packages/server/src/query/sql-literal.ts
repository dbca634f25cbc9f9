import { ERROR_CODES, ServerError } from '../errors';

/** The two SQL dialects differ in one way that matters here: ClickHouse reads backslash escapes. */
export type LiteralStyle = 'standard' | 'backslash';

// Lone surrogates cannot be encoded as UTF-8 and NUL ends strings in some drivers: refuse both.
const UNSAFE = /[\u0000]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` can be quoted; the HTTP layer turns `false` into a clean 400. */
export const isQuotable = (value: string): boolean => !UNSAFE.test(value);

/**
 * The one way a string reaches SQL: a quoted literal. Standard SQL (DuckDB) doubles quotes and
 * treats backslashes as text; ClickHouse treats backslash as an escape, so both are escaped.
 */
export function quoteString(value: string, style: LiteralStyle): string {
  if (!isQuotable(value)) {
    throw new ServerError(ERROR_CODES.validation, 'the value contains a NUL or an unpaired surrogate');
  }
  if (style === 'standard') return `'${value.replace(/'/g, "''")}'`;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Numbers are written by JavaScript, never copied from input, and must be finite. */
export function quoteNumber(value: number): string {
  if (!Number.isFinite(value)) throw new ServerError(ERROR_CODES.validation, 'a number must be finite');
  return String(value);
}

/** Names (score ids, property keys) never get quoted: they must match this pattern. */
export const IDENTIFIER = /^[a-z][a-z0-9_]{0,63}$/;

export function identifier(value: string): string {
  if (!IDENTIFIER.test(value)) throw new ServerError(ERROR_CODES.validation, `"${value}" is not a valid name`);
  return value;
}

/**
 * A field of a `score` event: a model id (`frustration`) or a flattened output
 * (`frustration.score`, `bot_detection.isBot`), as the SDK's scoring plugin writes them.
 */
export const SCORE_KEY = /^[a-z][a-z0-9_]{0,63}(\.[A-Za-z][A-Za-z0-9_]{0,63})?$/;

export function scoreKey(value: string): string {
  if (!SCORE_KEY.test(value)) throw new ServerError(ERROR_CODES.validation, `"${value}" is not a valid score name`);
  return value;
}

/** A regular expression (RE2, in both engines) that matches `text` literally. */
export const escapeRegex = (text: string): string => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
