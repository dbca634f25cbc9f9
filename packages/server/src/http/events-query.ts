import { EVENT_LIMITS } from '@sightline/core';
import { ERROR_CODES, ServerError } from '../errors';
import type { EventQuery } from '../store/event-store';

export const DEFAULT_LIMIT = 1000;
export const MAX_LIMIT = 10_000;

const invalid = (name: string, problem: string) =>
  new ServerError(ERROR_CODES.validation, `${name} ${problem}`, `/${name}`);

function optionalString(query: Record<string, unknown>, name: string, maxLength: number): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(name, 'must be given once');
  if (value === '' || value.length > maxLength) throw invalid(name, `must be 1 to ${maxLength} characters`);
  return value;
}

/** The query string of `GET /v1/events`, checked by hand: query values are all strings. */
export function parseEventsQuery(query: Record<string, unknown>): EventQuery {
  const limitText = optionalString(query, 'limit', 6);
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw invalid('limit', `must be an integer from 1 to ${MAX_LIMIT}`);
  }
  const result: EventQuery = { limit };
  const type = optionalString(query, 'type', EVENT_LIMITS.maxTypeLength);
  const sessionId = optionalString(query, 'sessionId', EVENT_LIMITS.maxIdLength);
  const after = optionalString(query, 'after', EVENT_LIMITS.maxIdLength);
  if (type !== undefined) result.type = type;
  if (sessionId !== undefined) result.sessionId = sessionId;
  if (after !== undefined) result.after = after;
  return result;
}
