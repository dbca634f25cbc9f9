/**
 * `Element.closest` that also climbs out of shadow roots and same-origin frames, so a
 * `data-sl-mask` on a shadow host or an iframe covers what is inside it.
 */
export function closestAcross(start: Element | null, selector: string): Element | null {
  let element: Element | null = start;
  while (element) {
    let found: Element | null = null;
    try {
      found = element.closest(selector);
    } catch {
      return null;
    }
    if (found) return found;
    element = outside(element);
  }
  return null;
}

/** The element that contains this element's tree: a shadow host or a frame element. */
function outside(element: Element): Element | null {
  const root = element.getRootNode?.() as (Node & { host?: Element }) | undefined;
  if (root && root.host) return root.host;
  try {
    return element.ownerDocument?.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** Depth from `element` up to `ancestor` across trees; `Infinity` when it is not an ancestor. */
export function distance(element: Element, ancestor: Element): number {
  let depth = 0;
  let current: Element | null = element;
  while (current) {
    if (current === ancestor) return depth;
    depth++;
    current = current.parentElement ?? outside(current);
  }
  return Infinity;
}
