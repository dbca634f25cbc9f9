import { isObject, NodeType, type SerializedNode } from './rrweb-format';
import { isSafeCss } from './safe-url';
import { sanitizeAttributes } from './sanitize-attributes';

/** Elements that run script, navigate, or embed another document, whatever their attributes. */
const DROPPED_TAGS = new Set([
  'script', 'base', 'object', 'embed', 'applet', 'param', 'frame', 'frameset', 'portal', 'handler', 'listener',
]);
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
const NODE_TYPES = new Set<number>(Object.values(NodeType));

/** True when an element cannot be kept at all; false when its attributes can be made safe. */
function isDroppedElement(node: SerializedNode): boolean {
  const tag = typeof node.tagName === 'string' ? node.tagName.trim().toLowerCase() : '';
  if (tag === '' || DROPPED_TAGS.has(tag)) return true;
  const attributes = isObject(node.attributes) ? node.attributes : {};
  const named = (name: string) => Object.keys(attributes).find((key) => key.trim().toLowerCase() === name);
  // <meta http-equiv=refresh> navigates, set-cookie writes cookies: no http-equiv survives.
  if (tag === 'meta' && named('http-equiv') !== undefined) return true;
  if (tag === 'link' && /\bimport\b/i.test(String(attributes[named('rel') ?? ''] ?? ''))) return true;
  // SVG animation can set an href to a script URL after any check of the attribute itself.
  if (ANIMATIONS.has(tag)) return /href|^\s*on/i.test(String(attributes[named('attributename') ?? ''] ?? ''));
  return false;
}

/**
 * Makes a serialized subtree safe to rebuild, in place: unsafe elements are removed with
 * everything under them (their ids go to `dropped`), unsafe attributes are removed, unsafe
 * CSS is emptied. Returns false when the root itself must go. Iterative: a forged tree may be
 * deeper than the stack.
 */
export function sanitizeNode(root: unknown, dropped: Set<number>): boolean {
  if (!keepNode(root, false, dropped)) return false;
  const stack: SerializedNode[] = [root as SerializedNode];
  while (stack.length > 0) {
    const node = stack.pop() as SerializedNode;
    if (!Array.isArray(node.childNodes)) {
      if (node.childNodes !== undefined) delete node.childNodes;
      continue;
    }
    const inStyle = node.type === NodeType.Element && String(node.tagName).toLowerCase() === 'style';
    node.childNodes = node.childNodes.filter((child) => keepNode(child, inStyle, dropped));
    for (const child of node.childNodes) stack.push(child as SerializedNode);
  }
  return true;
}

function keepNode(value: unknown, inStyle: boolean, dropped: Set<number>): boolean {
  if (!isObject(value) || typeof value.type !== 'number' || !NODE_TYPES.has(value.type)) return false;
  const node = value as SerializedNode;
  if (node.type === NodeType.Element) {
    if (isDroppedElement(node)) {
      collectIds(node, dropped);
      return false;
    }
    node.tagName = String(node.tagName).trim();
    if (isObject(node.attributes)) sanitizeAttributes(node.attributes, node.tagName.toLowerCase());
    else node.attributes = {};
  }
  if (node.type === NodeType.Text && (inStyle || node.isStyle === true) && typeof node.textContent === 'string') {
    if (!isSafeCss(node.textContent)) node.textContent = '';
  }
  return true;
}

function collectIds(root: SerializedNode, dropped: Set<number>): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if (typeof node.id === 'number') dropped.add(node.id);
    if (Array.isArray(node.childNodes)) for (const child of node.childNodes) stack.push(child);
  }
}
