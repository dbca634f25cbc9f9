import type { SqlReader } from '../store/event-store';
import { matcherSql } from './matcher';
import { num, type QueryScope, scopeWhere } from './scope';
import { deviceClassSql, type DeviceClass } from './segment';
import { quoteNumber } from './sql-literal';

export interface ClickHeatmapParams {
  url: string;
  /** Page-coordinate cell size in px. */
  cell: number;
  /** Relative position grid: positions in an element are bucketed to 1/grid of its size. */
  grid: number;
  /** Most clicked elements listed, per device class. */
  limit: number;
}

export interface ClickHeatmap {
  total: number;
  byDevice: Array<{ device: DeviceClass; clicks: number; sessions: number }>;
  /** Clicks per element and device, with where in the element (0..1 fractions, bucket starts). */
  elements: Array<{
    device: DeviceClass;
    selector: string;
    clicks: number;
    positions: Array<{ x: number; y: number; clicks: number }>;
  }>;
  /** Page-coordinate density: cells of `cell` px, by device class. */
  density: Array<{ device: DeviceClass; x: number; y: number; clicks: number }>;
}

/** Click heatmap of one page, bucketed by viewport class so layouts never blur together. */
export async function clickHeatmap(reader: SqlReader, scope: QueryScope, params: ClickHeatmapParams): Promise<ClickHeatmap> {
  const d = reader.dialect;
  const where = `${scopeWhere(d, scope)} AND type = 'click' AND ${matcherSql(d, { url: params.url })}`;
  const device = deviceClassSql();
  const cell = quoteNumber(params.cell);
  const grid = quoteNumber(params.grid);
  // Clamped so a click on the far edge (1.0) lands in the last bucket.
  const bucket = (column: string) => `least(${d.int(`floor(${column} * ${grid})`)}, ${grid} - 1)`;
  // Each aggregate reads `clicks`: the page's clicks with their device class.
  const parts: Parts<string> = {
    byDevice: `SELECT device, count(*) AS clicks, count(DISTINCT session_id) AS sessions FROM clicks GROUP BY device`,
    // ClickHouse 18 has no window functions: the top elements per device are cut here.
    elements: `SELECT device, target_selector AS selector, count(*) AS clicks
       FROM clicks WHERE target_selector IS NOT NULL GROUP BY device, selector`,
    positions: `SELECT device, target_selector AS selector, ${bucket('rel_x')} AS bx, ${bucket('rel_y')} AS by_, count(*) AS clicks
       FROM clicks WHERE target_selector IS NOT NULL AND rel_x IS NOT NULL AND rel_y IS NOT NULL
       GROUP BY device, selector, bx, by_`,
    density: `SELECT device, ${d.int(`floor(page_x / ${cell})`)} * ${cell} AS x, ${d.int(`floor(page_y / ${cell})`)} * ${cell} AS y,
         count(*) AS clicks
       FROM clicks WHERE page_x IS NOT NULL AND page_y IS NOT NULL GROUP BY device, x, y`,
  };
  const clicks = `SELECT ${device} AS device, session_id, target_selector, rel_x, rel_y, page_x, page_y FROM ${d.events} WHERE ${where}`;
  const { byDevice, elements, positions, density } =
    d.name === 'duckdb' ? await inOneScan(reader, clicks, parts) : await oneScanEach(reader, clicks, parts);
  const spots = new Map<string, Array<{ x: number; y: number; clicks: number }>>();
  for (const row of positions) {
    const key = `${String(row.device)}\u0000${String(row.selector)}`;
    const list = spots.get(key) ?? [];
    list.push({ x: num(row.bx) / params.grid, y: num(row.by_) / params.grid, clicks: num(row.clicks) });
    spots.set(key, list);
  }
  return {
    total: byDevice.reduce((sum, row) => sum + num(row.clicks), 0),
    byDevice: byDevice.map((row) => ({ device: row.device as DeviceClass, clicks: num(row.clicks), sessions: num(row.sessions) })),
    elements: topPerDevice(elements, params.limit).map((row) => ({
      device: row.device as DeviceClass,
      selector: String(row.selector),
      clicks: num(row.clicks),
      positions: spots.get(`${String(row.device)}\u0000${String(row.selector)}`) ?? [],
    })),
    density: density.map((row) => ({ device: row.device as DeviceClass, x: num(row.x), y: num(row.y), clicks: num(row.clicks) })),
  };
}

type Rows = Array<Record<string, unknown>>;
type Parts<T> = { byDevice: T; elements: T; positions: T; density: T };

/** Row order of each part; elements are ordered in `topPerDevice`. */
const ORDER: Parts<string> = {
  byDevice: 'device',
  elements: 'device, selector',
  positions: 'device, selector, bx, by_',
  density: 'device, x, y',
};

/**
 * DuckDB: the page's clicks are read once into a materialised CTE and the four aggregates run
 * on it, as one result tagged by part. Four queries would scan all events four times.
 */
async function inOneScan(reader: SqlReader, clicks: string, parts: Parts<string>): Promise<Parts<Rows>> {
  const names = Object.keys(parts) as Array<keyof Parts<string>>;
  const rows = await reader.rows(
    `WITH clicks AS MATERIALIZED (${clicks})
     ${names.map((name) => `SELECT '${name}' AS part, * FROM (${parts[name]})`).join('\n UNION ALL BY NAME ')}
     ORDER BY part, device, selector, bx, by_, x, y`,
  );
  const split: Parts<Rows> = { byDevice: [], elements: [], positions: [], density: [] };
  for (const row of rows) split[row.part as keyof Parts<Rows>].push(row);
  return split;
}

/** ClickHouse 18 has no materialised CTEs: each aggregate reads the events itself. */
async function oneScanEach(reader: SqlReader, clicks: string, parts: Parts<string>): Promise<Parts<Rows>> {
  const run = (name: keyof Parts<string>) =>
    // A function, not a string, as the replacement: `$'` in a quoted pattern must stay text.
    reader.rows(`${parts[name].replace('FROM clicks', () => `FROM (${clicks})`)} ORDER BY ${ORDER[name]}`);
  const [byDevice, elements, positions, density] = await Promise.all([
    run('byDevice'),
    run('elements'),
    run('positions'),
    run('density'),
  ]);
  return { byDevice, elements, positions, density } as Parts<Rows>;
}

function topPerDevice(rows: Array<Record<string, unknown>>, limit: number): Array<Record<string, unknown>> {
  const sorted = [...rows].sort(
    (a, b) =>
      String(a.device).localeCompare(String(b.device)) ||
      num(b.clicks) - num(a.clicks) ||
      (String(a.selector) < String(b.selector) ? -1 : 1),
  );
  const taken = new Map<string, number>();
  return sorted.filter((row) => {
    const n = (taken.get(String(row.device)) ?? 0) + 1;
    taken.set(String(row.device), n);
    return n <= limit;
  });
}
