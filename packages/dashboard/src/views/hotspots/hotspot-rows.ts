import type { Api, QueryParams } from '../../api/client';
import type { FrustratedElement } from '../../api/types';

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

// Element-page pairs read per signal: enough for the table's first screens.
const PER_SIGNAL = 60;

/** The frustration hot spots of the site: one query, each element split by the page it is on. */
export async function loadHotspots(api: Api, scope: QueryParams, signals: readonly ElementSignal[]): Promise<{ rows: Hotspot[]; paths: number }> {
  const { elements } = await api.get<{ elements: FrustratedElement[] }>('/v1/query/frustration/elements', {
    ...scope,
    signal: signals,
    limit: PER_SIGNAL,
    byPage: 'true',
  });
  const byPath = new Map<string, FrustratedElement[]>();
  for (const element of elements) {
    const path = element.path ?? '/';
    byPath.set(path, [...(byPath.get(path) ?? []), element]);
  }
  const perPath = [...byPath].map(([path, list]) => ({ path, elements: list }));
  return { rows: mergeHotspots(perPath, signals), paths: byPath.size };
}
