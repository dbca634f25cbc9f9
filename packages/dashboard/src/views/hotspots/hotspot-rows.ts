import type { Api, QueryParams } from '../../api/client';
import type { FrustratedElement, FrustrationRateRow } from '../../api/types';

/** The signals an element can carry (quick backs and form abandons belong to pages, not elements). */
export const ELEMENT_SIGNALS = ['rage_click', 'dead_click', 'error_click'] as const;
export type ElementSignal = (typeof ELEMENT_SIGNALS)[number];

export interface Hotspot {
  path: string;
  selector: string;
  tag: string | null;
  text: string | null;
  counts: Record<ElementSignal, number>;
  sessions: Record<ElementSignal, number>;
}

/** Pages to look into: most element frustration first, within the range and segment. */
export function frustratedPaths(rows: readonly FrustrationRateRow[], signals: readonly ElementSignal[], limit: number): string[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const n = signals.reduce((sum, signal) => sum + (row.signals[signal]?.count ?? 0), 0);
    if (n > 0) totals.set(row.path, (totals.get(row.path) ?? 0) + n);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([path]) => path);
}

/** One row per page and element, its signals side by side, the most frustrating first. */
export function mergeHotspots(perPath: ReadonlyArray<{ path: string; elements: readonly FrustratedElement[] }>, signals: readonly ElementSignal[]): Hotspot[] {
  const rows = new Map<string, Hotspot>();
  for (const { path, elements } of perPath) {
    for (const element of elements) {
      if (!(signals as readonly string[]).includes(element.signal)) continue;
      const signal = element.signal as ElementSignal;
      const key = `${path}\u0000${element.selector}`;
      const row = rows.get(key) ?? {
        path,
        selector: element.selector,
        tag: element.tag,
        text: element.text,
        counts: { rage_click: 0, dead_click: 0, error_click: 0 },
        sessions: { rage_click: 0, dead_click: 0, error_click: 0 },
      };
      row.counts[signal] += element.count;
      row.sessions[signal] += element.sessions;
      row.tag ??= element.tag;
      row.text ??= element.text;
      rows.set(key, row);
    }
  }
  const total = (row: Hotspot) => signals.reduce((sum, signal) => sum + row.counts[signal], 0);
  return [...rows.values()].sort((a, b) => total(b) - total(a) || (a.path + a.selector < b.path + b.selector ? -1 : 1));
}

const PATHS = 12;
const PER_PATH = 15;

/**
 * The frustration hot spots of the site. The elements answer carries no page, so the pages with
 * the most element signals are found first (one rates query) and their elements read per page:
 * each row can then link to its page's sessions and heatmap.
 */
export async function loadHotspots(api: Api, scope: QueryParams, signals: readonly ElementSignal[]): Promise<{ rows: Hotspot[]; paths: number }> {
  const { rows } = await api.get<{ rows: FrustrationRateRow[] }>('/v1/query/frustration/rates', { ...scope, interval: 'day' });
  const paths = frustratedPaths(rows, signals, PATHS);
  const perPath = await Promise.all(
    paths.map(async (path) => {
      const { elements } = await api.get<{ elements: FrustratedElement[] }>('/v1/query/frustration/elements', {
        ...scope,
        url: path,
        signal: signals,
        limit: PER_PATH,
      });
      return { path, elements };
    }),
  );
  return { rows: mergeHotspots(perPath, signals), paths: paths.length };
}
