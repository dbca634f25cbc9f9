import { canvasRatio, prepareCanvas } from './canvas-size';

export interface ScrollDepth {
  depth: number;
  share: number;
}

/** Gradient stops, 0..1 down the page: everyone sees the top, then each milestone's share. */
export function reachStops(depths: readonly ScrollDepth[]): Array<{ at: number; share: number }> {
  const sorted = [...depths].filter((d) => d.depth > 0 && d.depth <= 100).sort((a, b) => a.depth - b.depth);
  return [{ at: 0, share: 1 }, ...sorted.map((d) => ({ at: d.depth / 100, share: d.share }))];
}

/** Warm where most sessions got to, cold where few did: the scroll-map convention. */
export function reachColor(share: number, alpha = 0.5): string {
  const s = Math.min(1, Math.max(0, share));
  // Hue 0 (red) at everyone, 240 (blue) at nobody.
  return `hsla(${Math.round((1 - s) * 240)}, 85%, 50%, ${alpha})`;
}

/** Paints the reach gradient over the whole page at `scale` (CSS px per page px). */
export function drawScrollBand(
  canvas: HTMLCanvasElement,
  depths: readonly ScrollDepth[],
  page: { width: number; height: number; scale: number },
  devicePixelRatio = globalThis.devicePixelRatio ?? 1,
): boolean {
  const cssWidth = page.width * page.scale;
  const cssHeight = page.height * page.scale;
  const ratio = canvasRatio(cssWidth, cssHeight, devicePixelRatio);
  const ctx = prepareCanvas(canvas, cssWidth, cssHeight, ratio);
  if (!ctx) return false;
  const height = canvas.height;
  const gradient = ctx.createLinearGradient(0, 0, 0, height);
  for (const stop of reachStops(depths)) gradient.addColorStop(stop.at, reachColor(stop.share));
  ctx.clearRect(0, 0, canvas.width, height);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, canvas.width, height);
  return true;
}
