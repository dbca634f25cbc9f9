import { ERROR_CODES, ServerError } from '../errors';
import { type EventMatcher, MATCHER_FIELDS } from './matcher';
import { IDENTIFIER, isQuotable } from './sql-literal';

/** A named event definition of a project, stored and applied to history at query time. */
export interface EventDefinition {
  name: string;
  matcher: EventMatcher;
  /** Epoch ms of the last change. */
  updatedAt: number;
}

export interface DefinitionRepository {
  list(projectId: string): Promise<EventDefinition[]>;
  get(projectId: string, name: string): Promise<EventDefinition | undefined>;
  put(projectId: string, definition: EventDefinition): Promise<void>;
  /** Resolves to false when there was no such definition. */
  remove(projectId: string, name: string): Promise<boolean>;
}

const invalid = (field: string, message: string) => new ServerError(ERROR_CODES.validation, message, field);

export function checkDefinitionName(name: string): string {
  if (!IDENTIFIER.test(name)) throw invalid('/name', `the name must match ${IDENTIFIER}`);
  return name;
}

/** A matcher from untrusted JSON: known fields only, non-empty strings, at least one field. */
export function parseMatcher(value: unknown, field = ''): EventMatcher {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(field || '/', 'a definition must be an object of type, selector, url and text');
  }
  const matcher: EventMatcher = {};
  for (const [key, item] of Object.entries(value)) {
    if (!(MATCHER_FIELDS as readonly string[]).includes(key)) throw invalid(`${field}/${key}`.slice(0, 80), `${key.slice(0, 64)} is not allowed`);
    if (typeof item !== 'string' || item === '' || item.length > 512 || !isQuotable(item)) {
      throw invalid(`${field}/${key}`, `${key} must be 1 to 512 characters of text`);
    }
    matcher[key as keyof EventMatcher] = item;
  }
  if (Object.keys(matcher).length === 0) throw invalid(field || '/', 'a definition needs at least one field');
  return matcher;
}
