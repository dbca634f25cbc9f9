import type { QueryParams } from '../api/client';

/**
 * The segment and time filters every query takes (docs/server.md): kept in the URL's hash
 * parameters so a view, its segment and its time range are one shareable link.
 */
export const SEGMENT_KEYS = ['device', 'pointer', 'utmSource', 'utmMedium', 'utmCampaign', 'referrer', 'visitor', 'country'] as const;
export type SegmentKey = (typeof SEGMENT_KEYS)[number];
export type Segment = Partial<Record<SegmentKey, string>>;

export const RANGES: Record<string, number> = { '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000 };
export const DEFAULT_RANGE = '7d';

export function segmentOf(params: URLSearchParams): Segment {
  const segment: Segment = {};
  for (const key of SEGMENT_KEYS) {
    const value = params.get(key);
    if (value) segment[key] = value;
  }
  return segment;
}

/** `from`/`to` for a named range ending now (`range=24h`), the default being the last 7 days. */
export function timeOf(params: URLSearchParams, now = Date.now()): { from: number; to: number } {
  const span = RANGES[params.get('range') ?? DEFAULT_RANGE] ?? RANGES[DEFAULT_RANGE]!;
  return { from: now - span, to: now };
}

/** Segment and time as API parameters. */
export function scopeParams(params: URLSearchParams, now?: number): QueryParams {
  return { ...segmentOf(params), ...timeOf(params, now) };
}

/** The current hash parameters as a plain record, for links that keep the segment. */
export function keepParams(params: URLSearchParams, ...names: string[]): Record<string, string | undefined> {
  const kept: Record<string, string | undefined> = {};
  for (const name of ['range', ...SEGMENT_KEYS, ...names]) {
    const value = params.get(name);
    if (value) kept[name] = value;
  }
  return kept;
}
