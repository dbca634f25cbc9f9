import type { Scrubber } from '@sightline/scrubber';
import { EventType, isObject, NodeType, type RecordedEvent, Source } from './rrweb-format';
import { URL_ATTRIBUTES } from './sanitize-attributes';

/** CSS, sizes, and rrweb's own bookkeeping: scrubbing these could only corrupt them. */
const UNSCRUBBED_ATTRIBUTES = new Set(['style', '_csstext', 'srcset', 'imagesrcset', 'rr_dataurl', 'rr_width', 'rr_height']);

/**
 * The server's own PII pass over a (sanitized) recording, in place: text nodes, comments,
 * attribute values, text changes and field values, with the same scrubber as events.
 * URLs are scrubbed as URLs; `data:` URLs (images) are left whole.
 */
export function scrubRecordedEvent(event: RecordedEvent, scrubber: Scrubber): RecordedEvent {
  const data = event.data;
  if (!isObject(data)) return event;
  if (event.type === EventType.Meta && typeof data.href === 'string') data.href = scrubber.scrubUrl(data.href);
  if (event.type === EventType.FullSnapshot) scrubTree(data.node, scrubber);
  if (event.type === EventType.Custom || event.type === EventType.Plugin) event.data = scrubber.scrubObject(data);
  if (event.type !== EventType.IncrementalSnapshot) return event;
  if (data.source === Source.Mutation) {
    for (const add of list(data.adds)) if (isObject(add)) scrubTree(add.node, scrubber);
    for (const text of list(data.texts)) {
      if (isObject(text) && typeof text.value === 'string') text.value = scrubber.scrubText(text.value);
    }
    for (const change of list(data.attributes)) {
      if (isObject(change) && isObject(change.attributes)) scrubAttributes(change.attributes, scrubber);
    }
  }
  if (data.source === Source.Input && typeof data.text === 'string') data.text = scrubber.scrubText(data.text);
  if (data.source === Source.Log) event.data = scrubber.scrubObject(data);
  return event;
}

function scrubTree(root: unknown, scrubber: Scrubber): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isObject(node)) continue;
    if ((node.type === NodeType.Text || node.type === NodeType.Comment || node.type === NodeType.CDATA) && node.isStyle !== true && typeof node.textContent === 'string') {
      node.textContent = scrubber.scrubText(node.textContent);
    }
    if (node.type === NodeType.Element && isObject(node.attributes) && String(node.tagName).toLowerCase() !== 'style') {
      scrubAttributes(node.attributes, scrubber);
    }
    if (node.type === NodeType.Element && String(node.tagName).toLowerCase() === 'style') continue;
    if (Array.isArray(node.childNodes)) for (const child of node.childNodes) stack.push(child);
  }
}

function scrubAttributes(attributes: Record<string, unknown>, scrubber: Scrubber): void {
  for (const [name, value] of Object.entries(attributes)) {
    const key = name.toLowerCase();
    if (typeof value !== 'string' || UNSCRUBBED_ATTRIBUTES.has(key)) continue;
    if (URL_ATTRIBUTES.has(key)) {
      if (!/^\s*data:/i.test(value)) attributes[name] = scrubber.scrubUrl(value);
    } else attributes[name] = scrubber.scrubText(value);
  }
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
