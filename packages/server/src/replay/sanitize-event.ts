import { EventType, isObject, type RecordedEvent, Source } from './rrweb-format';
import { isSafeCss } from './safe-url';
import { isSafeAttribute } from './sanitize-attributes';
import { sanitizeNode } from './sanitize-node';

/**
 * One rrweb event made safe to replay, or null when nothing of it can be kept. A recording is
 * posted with the public write key, so anyone can forge one: whatever could run script or
 * navigate the player (scripts, handlers, script URLs, srcdoc, refresh, base, plugins) goes.
 * Only `type`, `timestamp` and `data` are kept.
 */
export function sanitizeEvent(value: unknown): RecordedEvent | null {
  if (!isObject(value) || !Number.isInteger(value.type) || !Number.isFinite(value.timestamp)) return null;
  const event: RecordedEvent = { type: value.type as number, timestamp: value.timestamp as number, data: value.data };
  const data = event.data;
  switch (event.type) {
    case EventType.DomContentLoaded:
    case EventType.Load:
      return { ...event, data: {} };
    case EventType.Meta:
      return isObject(data) && Number.isFinite(data.width) && Number.isFinite(data.height)
        ? { ...event, data: { href: httpUrl(data.href), width: data.width, height: data.height } }
        : null;
    case EventType.FullSnapshot:
      return isObject(data) && sanitizeNode(data.node, new Set()) ? event : null;
    case EventType.IncrementalSnapshot:
      return isObject(data) && sanitizeIncremental(data) ? event : null;
    case EventType.Custom:
    case EventType.Plugin:
      return isObject(data) ? event : null;
    default:
      return null;
  }
}

/** The page a recording claims to show: only an http(s) URL. */
const httpUrl = (href: unknown) => (typeof href === 'string' && /^https?:\/\//i.test(href.trim()) ? href.trim() : '');

function sanitizeIncremental(data: Record<string, unknown>): boolean {
  switch (data.source) {
    case Source.Mutation:
      sanitizeMutation(data);
      return true;
    case Source.StyleSheetRule:
      data.adds = list(data.adds).filter((add) => isObject(add) && typeof add.rule === 'string' && isSafeCss(add.rule));
      return true;
    case Source.StyleDeclaration: {
      const set = data.set;
      return !isObject(set) || (isSafeCss(String(set.property ?? '')) && isSafeCss(String(set.value ?? '')));
    }
    case Source.AdoptedStyleSheet:
      for (const style of list(data.styles)) {
        if (isObject(style)) style.rules = list(style.rules).filter((rule) => isObject(rule) && typeof rule.rule === 'string' && isSafeCss(rule.rule));
      }
      return true;
    case Source.Font:
      return typeof data.fontSource !== 'string' || isSafeCss(data.fontSource);
    case Source.CanvasMutation:
      // Canvas is never recorded by Sightline; replayed commands are not worth the surface.
      return false;
    default:
      return typeof data.source === 'number';
  }
}

function sanitizeMutation(data: Record<string, unknown>): void {
  const dropped = new Set<number>();
  data.adds = list(data.adds).filter((add) => {
    if (!isObject(add)) return false;
    const id = isObject(add.node) && typeof add.node.id === 'number' ? add.node.id : undefined;
    // A child added under an element removed here would be rebuilt under whatever takes its id.
    if (typeof add.parentId === 'number' && dropped.has(add.parentId)) {
      if (id !== undefined) dropped.add(id);
      return false;
    }
    return sanitizeNode(add.node, dropped);
  });
  data.attributes = list(data.attributes).filter((change) => {
    if (!isObject(change) || !isObject(change.attributes)) return false;
    for (const name of Object.keys(change.attributes)) {
      if (!isSafeAttribute(name, change.attributes[name], undefined)) delete change.attributes[name];
    }
    return true;
  });
  data.texts = list(data.texts).filter((text) => isObject(text));
  data.removes = list(data.removes).filter((remove) => isObject(remove));
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
