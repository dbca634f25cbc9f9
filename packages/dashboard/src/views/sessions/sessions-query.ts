import type { QueryParams } from '../../api/client';
import { COMPOSITE_SCORES } from '../../api/scores';
import { FRUSTRATION_SIGNALS, type FrustrationSignal } from '../../api/types';
import { scopeParams } from '../../state/segments';

export const PAGE_SIZE = 50;

/** Sort keys the server takes besides score ids. */
export const BUILT_IN_SORTS = ['started', 'duration', 'events'] as const;

/**
 * What the sessions list shows, read from the hash (`#/sessions?sort=frustration&signal=rage_click,dead_click&page=2`).
 * Signals are one comma-separated parameter so the hash router's plain records can carry them.
 */
export interface SessionsFilter {
  sort: string;
  order: 'asc' | 'desc';
  url: string;
  signals: FrustrationSignal[];
  page: number;
}

const SORTS = new Set<string>([...BUILT_IN_SORTS, ...COMPOSITE_SCORES.map((score) => score.id)]);

export function readFilter(params: URLSearchParams): SessionsFilter {
  const sort = params.get('sort') ?? 'started';
  const signals = (params.get('signal') ?? '')
    .split(',')
    .filter((name): name is FrustrationSignal => (FRUSTRATION_SIGNALS as readonly string[]).includes(name));
  const page = Number.parseInt(params.get('page') ?? '0', 10);
  return {
    sort: SORTS.has(sort) ? sort : 'started',
    order: params.get('order') === 'asc' ? 'asc' : 'desc',
    url: params.get('url') ?? '',
    signals,
    page: Number.isFinite(page) && page > 0 ? page : 0,
  };
}

/**
 * The API's parameters. A score sorts by its model id (`sort=frustration`): the server takes
 * `[a-z][a-z0-9_]*` and reads that key of the latest score event's props.
 */
export function sessionsQuery(params: URLSearchParams, now?: number): QueryParams {
  const filter = readFilter(params);
  return {
    ...scopeParams(params, now),
    url: filter.url || undefined,
    signal: filter.signals,
    sort: filter.sort,
    order: filter.order,
    limit: PAGE_SIZE,
    offset: filter.page * PAGE_SIZE,
  };
}

/** The same hash parameters with some changed (undefined or '' removes one); any change but paging goes back to page 0. */
export function withChanges(params: URLSearchParams, changes: Record<string, string | undefined>): Record<string, string | undefined> {
  const next: Record<string, string | undefined> = Object.fromEntries(params);
  if (!('page' in changes)) delete next.page;
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined || value === '') delete next[name];
    else next[name] = value;
  }
  return next;
}

/** The hash parameters but the page, as one string: what the list shows, whatever its page. */
export function scopeKey(params: URLSearchParams): string {
  const rest = new URLSearchParams(params);
  rest.delete('page');
  rest.sort();
  return rest.toString();
}
