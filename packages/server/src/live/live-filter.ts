import type { SightlineEvent } from '@sightline/core';
import { EVENT_LIMITS } from '@sightline/core';
import { ERROR_CODES, ServerError } from '../errors';

/** What one live subscriber wants: event types (any when absent) and one session. */
export interface LiveFilter {
  types?: ReadonlySet<string>;
  sessionId?: string;
}

const MAX_TYPES = 32;

const invalid = (name: string, problem: string) =>
  new ServerError(ERROR_CODES.validation, `${name} ${problem}`, `/${name}`);

/** `?types=click,score&sessionId=...` of `GET /v1/live`. */
export function parseLiveFilter(params: URLSearchParams): LiveFilter {
  const filter: LiveFilter = {};
  const types = params.get('types');
  if (types !== null) {
    const list = types.split(',').filter((type) => type !== '');
    if (list.length === 0 || list.length > MAX_TYPES) throw invalid('types', `must list 1 to ${MAX_TYPES} event types`);
    if (list.some((type) => type.length > EVENT_LIMITS.maxTypeLength)) {
      throw invalid('types', `must be types of at most ${EVENT_LIMITS.maxTypeLength} characters`);
    }
    filter.types = new Set(list);
  }
  const sessionId = params.get('sessionId');
  if (sessionId !== null) {
    if (sessionId === '' || sessionId.length > EVENT_LIMITS.maxIdLength) {
      throw invalid('sessionId', `must be 1 to ${EVENT_LIMITS.maxIdLength} characters`);
    }
    filter.sessionId = sessionId;
  }
  return filter;
}

export const matches = (filter: LiveFilter, event: SightlineEvent): boolean =>
  (filter.types === undefined || filter.types.has(event.type)) &&
  (filter.sessionId === undefined || filter.sessionId === event.sessionId);
