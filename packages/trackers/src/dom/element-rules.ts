/** Elements a user can act on. A click inside one is attributed to it (spec §0.1 target descriptor). */
export const INTERACTIVE_SELECTOR =
  'a[href],button,input,select,textarea,label,summary,[role=button],[role=link],[onclick],[contenteditable],[tabindex]:not([tabindex="-1"])';

/** Attributes under `data-sl-` that steer Sightline itself rather than describe the element. */
const RESERVED = new Set(['ignore', 'block', 'mask', 'unmask', 'id']);
const MAX_PROPERTIES = 20;

/** `data-sl-ignore` on an element stops capture of everything inside it. */
export function isIgnored(element: Element): boolean {
  return element.closest('[data-sl-ignore]') !== null;
}

/** The element an event happened on, looking through shadow roots. */
export function eventElement(event: Event): Element | undefined {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  const first = path[0] ?? event.target;
  if (first && (first as Node).nodeType === 1) return first as Element;
  const parent = (first as Node | null)?.parentElement;
  return parent ?? undefined;
}

/** The closest interactive ancestor-or-self, or the element itself when there is none. */
export function actionTarget(element: Element): Element {
  return element.closest(INTERACTIVE_SELECTOR) ?? element;
}

/**
 * `data-sl-*` attributes on the element and its ancestors, as event properties
 * (`data-sl-product="p3"` → `{ product: 'p3' }`). The nearest element wins on a clash.
 */
export function dataProperties(element: Element): Record<string, string> | undefined {
  let props: Record<string, string> | undefined;
  let count = 0;
  for (let node: Element | null = element; node && count < MAX_PROPERTIES; node = node.parentElement) {
    for (const attribute of Array.from(node.attributes)) {
      if (!attribute.name.startsWith('data-sl-')) continue;
      const key = attribute.name.slice(8).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      if (RESERVED.has(attribute.name.slice(8)) || key === '' || (props && key in props)) continue;
      (props ??= {})[key] = attribute.value.slice(0, 256);
      if (++count >= MAX_PROPERTIES) break;
    }
  }
  return props;
}
