/**
 * Backing-store size for an overlay canvas of `width` × `height` CSS px. Sharp on HiDPI screens,
 * but capped: Chromium refuses canvases taller than 32767 px, and simpleheat colours every
 * pixel through getImageData, so a long page is drawn at a lower resolution instead.
 */
export const MAX_CANVAS_SIDE = 16_000;
export const MAX_CANVAS_PIXELS = 12_000_000;

export function canvasRatio(width: number, height: number, devicePixelRatio = 1): number {
  if (width <= 0 || height <= 0) return 1;
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_CANVAS_PIXELS / (width * height));
  return Math.min(Math.max(devicePixelRatio, 1), 2, bySide, byArea);
}

/** Sizes the canvas for its CSS box and returns the 2D context, or null where there is none (tests). */
export function prepareCanvas(canvas: HTMLCanvasElement, width: number, height: number, ratio: number): CanvasRenderingContext2D | null {
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  try {
    // The first call fixes the context's attributes; simpleheat reads every pixel back.
    return canvas.getContext('2d', { willReadFrequently: true });
  } catch {
    return null;
  }
}
