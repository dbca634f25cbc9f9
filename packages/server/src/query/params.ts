import { ERROR_CODES, ServerError } from '../errors';
import { isQuotable } from './sql-literal';

export type RawQuery = Record<string, unknown>;

export const invalid = (name: string, problem: string): ServerError =>
  new ServerError(ERROR_CODES.validation, `${name} ${problem}`, `/${name}`);

/**
 * Query strings are untrusted text: every route names the parameters it takes, anything else is
 * a 400, and each value is checked for type, length and encodability before it nears SQL.
 */
export function checkKnown(query: RawQuery, known: readonly string[], prefixes: readonly string[] = []): void {
  for (const name of Object.keys(query)) {
    if (!known.includes(name) && !prefixes.some((prefix) => name.startsWith(prefix))) {
      throw invalid(name.slice(0, 64), 'is not a parameter of this query');
    }
  }
}

export function text(query: RawQuery, name: string, maxLength = 2048): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(name, 'must be given once');
  return checkText(name, value, maxLength);
}

export function checkText(name: string, value: string, maxLength: number): string {
  if (value === '' || value.length > maxLength) throw invalid(name, `must be 1 to ${maxLength} characters`);
  if (!isQuotable(value)) throw invalid(name, 'must not contain NUL or unpaired surrogates');
  return value;
}

/** A repeated parameter (`?step=a&step=b`) or a single one, as a list. */
export function list(query: RawQuery, name: string, maxItems: number, maxLength = 2048): string[] {
  const value = query[name];
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  if (values.length > maxItems) throw invalid(name, `may be given at most ${maxItems} times`);
  return values.map((item) => {
    if (typeof item !== 'string') throw invalid(name, 'must be text');
    return checkText(name, item, maxLength);
  });
}

export function integer(query: RawQuery, name: string, min: number, max: number): number | undefined {
  const raw = text(query, name, 20);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!/^-?\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw invalid(name, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

export function decimal(name: string, raw: string): number {
  const value = Number(raw);
  if (!/^-?\d+(\.\d+)?$/.test(raw) || !Number.isFinite(value)) throw invalid(name, 'must be a number');
  return value;
}

export function oneOf<T extends string>(query: RawQuery, name: string, allowed: readonly T[]): T | undefined {
  const value = text(query, name, 64);
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw invalid(name, `must be one of ${allowed.join(', ')}`);
  return value as T;
}
