/**
 * The rebuilt page's iframe is stretched to the whole document, so `100vh` there would mean the
 * whole document and a full-screen hero would swallow the page. Viewport units in the snapshot's
 * CSS (style elements, style attributes, inlined stylesheets) are therefore turned into pixels of
 * the recorded viewport before the rebuild.
 */
// Not inside a word or a number (`img-10vh.png` stays as it is).
const VIEWPORT_UNIT = /(?<![\w.-])(-?\d*\.?\d+)(d|s|l)?(vh|vw|vmin|vmax)\b/g;

export function freezeCss(css: string, viewport: { width: number; height: number }): string {
  return css.replace(VIEWPORT_UNIT, (_match, value: string, _variant: string | undefined, unit: string) => {
    const base =
      unit === 'vh'
        ? viewport.height
        : unit === 'vw'
          ? viewport.width
          : unit === 'vmin'
            ? Math.min(viewport.width, viewport.height)
            : Math.max(viewport.width, viewport.height);
    return `${Math.round(((Number(value) * base) / 100) * 100) / 100}px`;
  });
}

interface SnapshotNode {
  type?: number;
  isStyle?: boolean;
  textContent?: unknown;
  attributes?: Record<string, unknown>;
  childNodes?: unknown[];
}

const ELEMENT = 2;
const TEXT = 3;
const FULL_SNAPSHOT = 2;

function freezeNode(node: SnapshotNode, viewport: { width: number; height: number }): void {
  if (node.type === TEXT && node.isStyle && typeof node.textContent === 'string') {
    node.textContent = freezeCss(node.textContent, viewport);
  }
  if (node.type === ELEMENT && node.attributes) {
    for (const name of ['style', '_cssText']) {
      const value = node.attributes[name];
      if (typeof value === 'string') node.attributes[name] = freezeCss(value, viewport);
    }
  }
  for (const child of node.childNodes ?? []) {
    if (child && typeof child === 'object') freezeNode(child as SnapshotNode, viewport);
  }
}

/** A copy of the events with the full snapshot's viewport units frozen; the input is left alone. */
export function freezeViewportUnits(events: readonly unknown[], viewport: { width: number; height: number }): unknown[] {
  return events.map((event) => {
    const e = event as { type?: number; data?: { node?: SnapshotNode } };
    if (e?.type !== FULL_SNAPSHOT || !e.data?.node) return event;
    const copy = structuredClone(e);
    freezeNode(copy.data!.node!, viewport);
    return copy;
  });
}
