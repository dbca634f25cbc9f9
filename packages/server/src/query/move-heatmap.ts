import type { SqlReader } from '../store/event-store';
import { matcherSql } from './matcher';
import { num, type QueryScope, scopeWhere } from './scope';
import { deviceClassSql, type DeviceClass } from './segment';
import { quoteNumber } from './sql-literal';

export interface MoveHeatmapParams {
  url: string;
  cell: number;
}

export interface MoveHeatmap {
  /** Sum of point weights. */
  total: number;
  cells: Array<{ device: DeviceClass; x: number; y: number; weight: number }>;
}

/**
 * Pointer movement density of one page from `move_heatmap` events, whose `props.points` hold
 * `[pageX, pageY, weight]` samples (weight 1 when left out), in cells of `cell` px per device.
 */
export async function moveHeatmap(reader: SqlReader, scope: QueryScope, params: MoveHeatmapParams): Promise<MoveHeatmap> {
  const d = reader.dialect;
  const cell = quoteNumber(params.cell);
  const where = `${scopeWhere(d, scope)} AND type = 'move_heatmap' AND ${matcherSql(d, { url: params.url })}`;
  const rows = await reader.rows(
    `SELECT device, ${d.int(`floor(x / ${cell})`)} * ${cell} AS cx, ${d.int(`floor(y / ${cell})`)} * ${cell} AS cy, sum(w) AS weight
     FROM (${d.movePoints(where, deviceClassSql())}) GROUP BY device, cx, cy ORDER BY device, cx, cy`,
  );
  const cells = rows.map((row) => ({ device: row.device as DeviceClass, x: num(row.cx), y: num(row.cy), weight: num(row.weight) }));
  return { total: cells.reduce((sum, c) => sum + c.weight, 0), cells };
}
