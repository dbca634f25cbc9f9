import type { HeatPoint } from 'simpleheat';

/** A density cell as the API answers it: the cell's top-left corner in page px, and its weight. */
export interface DensityCell {
  x: number;
  y: number;
  weight: number;
}

/** Cells to simpleheat points: the cell's centre, in canvas px (page px × scale). */
export function toHeatPoints(cells: readonly DensityCell[], cell: number, scale: number): HeatPoint[] {
  return cells.map((c) => [(c.x + cell / 2) * scale, (c.y + cell / 2) * scale, c.weight]);
}

/**
 * The weight drawn at full heat. The 95th percentile rather than the maximum, so a single
 * hammered button does not leave the rest of the page looking cold.
 */
export function heatMax(cells: readonly DensityCell[]): number {
  if (cells.length === 0) return 1;
  const weights = cells.map((c) => c.weight).sort((a, b) => a - b);
  const at = weights[Math.min(weights.length - 1, Math.floor(weights.length * 0.95))] ?? 1;
  return Math.max(1, at);
}

/** Page px of the lowest and rightmost cell, to size a page when no recording gives its size. */
export function extent(cells: readonly DensityCell[], cell: number): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const c of cells) {
    width = Math.max(width, c.x + cell);
    height = Math.max(height, c.y + cell);
  }
  return { width, height };
}
