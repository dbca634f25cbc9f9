import { EVENT_LIMITS } from '@sightline/core';
import { checkDefinitionName, type DefinitionRepository, parseMatcher } from '../../../query/definitions';
import type { EventMatcher } from '../../../query/matcher';
import { decimal, integer, invalid, list, type RawQuery, text } from '../../../query/params';
import { IDENTIFIER, SCORE_KEY } from '../../../query/sql-literal';
import type { FunnelStep } from '../../../query/funnel';

const TYPE_PATTERN = /^[a-z][a-z0-9_]*$/;

export function eventType(name: string, value: string): string {
  if (!TYPE_PATTERN.test(value) || value.length > EVENT_LIMITS.maxTypeLength) {
    throw invalid(name, 'must be an event type (a-z, 0-9, _)');
  }
  return value;
}

export const types = (query: RawQuery, name: string, max = 20): string[] =>
  list(query, name, max, EVENT_LIMITS.maxTypeLength).map((value) => eventType(name, value));

export function requiredUrl(query: RawQuery): string {
  const url = text(query, 'url', 2048);
  if (url === undefined) throw invalid('url', 'is required');
  return url;
}

export const withDefault = (value: number | undefined, fallback: number) => value ?? fallback;

export function limitParam(query: RawQuery, fallback: number, max: number): number {
  return withDefault(integer(query, 'limit', 1, max), fallback);
}

/** `min.<score>=n` and `max.<score>=n` pairs. */
export function scoreBounds(query: RawQuery, prefix: 'min.' | 'max.'): Record<string, number> {
  const bounds: Record<string, number> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!name.startsWith(prefix)) continue;
    const id = name.slice(prefix.length);
    if (!SCORE_KEY.test(id)) throw invalid(name.slice(0, 80), 'must name a score id or field (frustration, frustration.score)');
    if (typeof value !== 'string') throw invalid(name, 'must be given once');
    bounds[id] = decimal(name, value);
  }
  return bounds;
}

/** The matcher of a saved definition, or a 400 naming the parameter. */
export async function definitionMatcher(definitions: DefinitionRepository, projectId: string, field: string, name: string): Promise<EventMatcher> {
  if (!IDENTIFIER.test(name)) throw invalid(field, 'must name a definition (a-z, 0-9, _)');
  const found = await definitions.get(projectId, checkDefinitionName(name));
  if (!found) throw invalid(field, `names no definition: "${name}"`);
  return found.matcher;
}

/** A funnel step: `type:<event type>`, `url:<pattern>`, `def:<definition name>` or a JSON matcher. */
export async function parseStep(definitions: DefinitionRepository, projectId: string, raw: string): Promise<FunnelStep> {
  if (raw.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw invalid('step', 'is not valid JSON');
    }
    return { label: raw, matcher: parseMatcher(parsed, '/step') };
  }
  const colon = raw.indexOf(':');
  const kind = raw.slice(0, colon);
  const value = raw.slice(colon + 1);
  if (colon < 1 || value === '') throw invalid('step', 'must be type:<type>, url:<pattern>, def:<name> or a JSON definition');
  if (kind === 'type') return { label: raw, matcher: { type: eventType('step', value) } };
  if (kind === 'url') return { label: raw, matcher: { type: 'pageview', url: value } };
  if (kind === 'def') return { label: raw, matcher: await definitionMatcher(definitions, projectId, 'step', value) };
  throw invalid('step', 'must be type:<type>, url:<pattern>, def:<name> or a JSON definition');
}
