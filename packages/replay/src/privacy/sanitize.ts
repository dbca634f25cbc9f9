import type { RecordedEvent } from '../recording/recorder-module';

interface SerializedNode {
  type?: number;
  tagName?: string;
  attributes?: Record<string, unknown>;
  childNodes?: SerializedNode[];
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);
const ELEMENT = 2;

/**
 * Removes what rrweb copies verbatim but must never be recorded: inline event handlers
 * (`on*`), `javascript:` URLs and `srcdoc`, and the `value` of checkboxes and radios (rrweb
 * masks every other field's value itself). Runs while serializing, off the hot path.
 */
export function sanitizeEvent(event: RecordedEvent): void {
  const data = event.data as { node?: SerializedNode; source?: number; adds?: Array<{ node?: SerializedNode }>; attributes?: Array<{ attributes?: Record<string, unknown> }> } | undefined;
  if (!data) return;
  if (event.type === 2 && data.node) sanitizeTree(data.node);
  if (event.type === 3 && data.source === 0) {
    for (const add of data.adds ?? []) if (add.node) sanitizeTree(add.node);
    for (const change of data.attributes ?? []) if (change.attributes) sanitizeAttributes(change.attributes, undefined);
  }
}

function sanitizeTree(root: SerializedNode): void {
  const stack: SerializedNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SerializedNode;
    if (node.type === ELEMENT && node.attributes) sanitizeAttributes(node.attributes, node);
    if (node.childNodes) for (const child of node.childNodes) stack.push(child);
  }
}

function sanitizeAttributes(attributes: Record<string, unknown>, node: SerializedNode | undefined): void {
  // A plain for-in with a first-character test: this runs for every element of a full snapshot.
  for (const name in attributes) {
    const first = name.charCodeAt(0) | 0x20;
    if (first === 0x6f /* o */ && (name.charCodeAt(1) | 0x20) === 0x6e /* n */) delete attributes[name];
    else if (first === 0x73 /* s */ && name.toLowerCase() === 'srcdoc') delete attributes[name];
    else if (URL_ATTRIBUTES.has(name) && isScriptUrl(attributes[name])) delete attributes[name];
  }
  if (node?.tagName === 'input' && typeof attributes.value === 'string' && typeof attributes.type === 'string' && TOGGLE.test(attributes.type)) {
    attributes.value = '*'.repeat(Math.min(attributes.value.length, 64));
  }
}

const TOGGLE = /^(checkbox|radio)$/i;
const isScriptUrl = (value: unknown) => typeof value === 'string' && /^\s*javascript:/i.test(value);
