import simpleheat from 'simpleheat';
import { canvasRatio, prepareCanvas } from './canvas-size';
import { heatMax, toHeatPoints, type DensityCell } from './heat-points';

export interface HeatDrawing {
  cells: readonly DensityCell[];
  /** The API's cell size in page px. */
  cell: number;
  /** CSS px per page px. */
  scale: number;
  /** The page's size in page px. */
  width: number;
  height: number;
}

/**
 * Draws cell density with simpleheat over a page drawn at `scale`. The blur radius follows the
 * cell size so neighbouring cells melt into one spot instead of a grid of dots.
 */
export function drawHeat(canvas: HTMLCanvasElement, drawing: HeatDrawing, devicePixelRatio = globalThis.devicePixelRatio ?? 1): boolean {
  const cssWidth = drawing.width * drawing.scale;
  const cssHeight = drawing.height * drawing.scale;
  const ratio = canvasRatio(cssWidth, cssHeight, devicePixelRatio);
  const ctx = prepareCanvas(canvas, cssWidth, cssHeight, ratio);
  if (!ctx) return false;
  const px = drawing.scale * ratio;
  // At least 10 CSS px, so a page scaled down to fit still shows readable spots.
  const radius = Math.max(10 * ratio, drawing.cell * px * 1.2);
  simpleheat(canvas)
    .data(toHeatPoints(drawing.cells, drawing.cell, px))
    .max(heatMax(drawing.cells))
    .radius(radius, radius * 0.9)
    .draw(0.08);
  return true;
}
