import type { ClickHeatmap, DeviceClass, FrustratedElement } from '../api/types';

/** One row of the per-element table: clicks at this viewport class, and frustration on it. */
export interface ElementRow {
  selector: string;
  clicks: number;
  rage: number;
  dead: number;
  error: number;
  tag: string | null;
  text: string | null;
}

const SIGNAL_COLUMN = { rage_click: 'rage', dead_click: 'dead', error_click: 'error' } as const;

/** Joins the click heatmap's elements (this device) with the frustration counts, by selector. */
export function elementRows(clicks: ClickHeatmap, frustrated: readonly FrustratedElement[], device: DeviceClass): ElementRow[] {
  const rows = new Map<string, ElementRow>();
  const row = (selector: string) => {
    let found = rows.get(selector);
    if (!found) {
      found = { selector, clicks: 0, rage: 0, dead: 0, error: 0, tag: null, text: null };
      rows.set(selector, found);
    }
    return found;
  };
  for (const element of clicks.elements) if (element.device === device) row(element.selector).clicks += element.clicks;
  for (const element of frustrated) {
    const column = SIGNAL_COLUMN[element.signal as keyof typeof SIGNAL_COLUMN];
    if (!column) continue;
    const target = row(element.selector);
    target[column] += element.count;
    target.tag ??= element.tag;
    target.text ??= element.text;
  }
  return [...rows.values()].sort(
    (a, b) => b.clicks - a.clicks || b.rage + b.dead + b.error - (a.rage + a.dead + a.error) || (a.selector < b.selector ? -1 : 1),
  );
}
