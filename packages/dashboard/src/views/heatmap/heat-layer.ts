import type { Api, QueryParams } from '../../api/client';
import type { ClickHeatmap, DeviceClass, FrustratedElement, MoveHeatmap, ScrollMap } from '../../api/types';
import { elementRows, type ElementRow } from '../../heat/element-rows';
import type { DensityCell } from '../../heat/heat-points';

export const HEAT_MODES = ['clicks', 'moves', 'scroll'] as const;
export type HeatMode = (typeof HEAT_MODES)[number];

/** What is drawn over the page: a density, or the scroll reach. */
export type HeatLayer =
  | { mode: 'clicks' | 'moves'; cells: DensityCell[]; cell: number; total: number; rows: ElementRow[] }
  | { mode: 'scroll'; depths: ScrollMap['depths']; sessions: number };

/** Click cells are finer than move cells: clicks are few and precise, moves many and fuzzy. */
const CLICK_CELL = 10;
const MOVE_CELL = 20;

export async function loadHeatLayer(api: Api, mode: HeatMode, url: string, device: DeviceClass, scope: QueryParams): Promise<HeatLayer> {
  const params = { ...scope, device, url };
  if (mode === 'scroll') {
    const map = await api.get<ScrollMap>('/v1/query/scrollmap', params);
    return { mode, depths: map.depths, sessions: map.sessions };
  }
  if (mode === 'moves') {
    const moves = await api.get<MoveHeatmap>('/v1/query/heatmap/moves', { ...params, cell: MOVE_CELL });
    const cells = moves.cells.filter((c) => c.device === device).map((c) => ({ x: c.x, y: c.y, weight: c.weight }));
    return { mode, cells, cell: MOVE_CELL, total: cells.reduce((sum, c) => sum + c.weight, 0), rows: [] };
  }
  const [clicks, frustrated] = await Promise.all([
    api.get<ClickHeatmap>('/v1/query/heatmap/clicks', { ...params, cell: CLICK_CELL, limit: 100 }),
    api.get<{ elements: FrustratedElement[] }>('/v1/query/frustration/elements', { ...params, limit: 100 }),
  ]);
  const cells = clicks.density.filter((c) => c.device === device).map((c) => ({ x: c.x, y: c.y, weight: c.clicks }));
  return {
    mode,
    cells,
    cell: CLICK_CELL,
    total: cells.reduce((sum, c) => sum + c.weight, 0),
    rows: elementRows(clicks, frustrated.elements, device),
  };
}
