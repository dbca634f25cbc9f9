import type { Dialect } from './dialect';
import { checkKnown, type RawQuery } from './params';
import { baseWhere, parseRange, RANGE_PARAMS, type TimeRange } from './range';
import { parseSegment, SEGMENT_PARAMS, type Segment, segmentFilter } from './segment';

/** What every query shares: whose events, which time range, which segment of sessions. */
export interface QueryScope {
  projectId: string;
  range: TimeRange;
  segment: Segment;
}

export const SCOPE_PARAMS = [...RANGE_PARAMS, ...SEGMENT_PARAMS] as const;

/** Checks the whole query string against the route's parameters, then reads the shared ones. */
export function parseScope(projectId: string, query: RawQuery, own: readonly string[], prefixes: readonly string[] = []): QueryScope {
  checkKnown(query, [...SCOPE_PARAMS, ...own], prefixes);
  return { projectId, range: parseRange(query), segment: parseSegment(query) };
}

export const scopeWhere = (dialect: Dialect, scope: QueryScope): string =>
  baseWhere(dialect, scope.projectId, scope.range) + segmentFilter(dialect, scope.projectId, scope.segment);

export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
export const numOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
