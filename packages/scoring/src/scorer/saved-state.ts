/**
 * Scorer state as text, so a session's scores carry over from one page load to the next (the
 * plugin keeps it in session storage). Model states are plain data, but they share objects (the
 * CTA registry lists the same stats its map holds), use Maps, and keep `Infinity` for "none yet":
 * JSON alone would split the shared objects and lose the rest, so every object, array and Map is
 * written once with a number, and later mentions of it are references to that number. What is not
 * data (a RegExp or function in a model's config) is not written: the state it is restored into
 * keeps its own, freshly configured value at that place.
 */
type Encoded =
  | null
  | boolean
  | number
  | string
  | { n: string }
  | { u: 1 }
  | { k: 1 }
  | { r: number }
  | { a: number; v: Encoded[] }
  | { m: number; v: Array<[Encoded, Encoded]> }
  | { o: number; v: Record<string, Encoded> };

export function encodeState(value: unknown): string {
  const ids = new Map<object, number>();
  const walk = (item: unknown): Encoded => {
    if (item === undefined) return { u: 1 };
    if (item === null || typeof item === 'boolean' || typeof item === 'string') return item;
    if (typeof item === 'number') return Number.isFinite(item) ? item : { n: String(item) };
    if (typeof item !== 'object' || !isData(item)) return { k: 1 };
    const seen = ids.get(item);
    if (seen !== undefined) return { r: seen };
    const id = ids.size;
    ids.set(item, id);
    if (Array.isArray(item)) return { a: id, v: item.map(walk) };
    if (item instanceof Map) return { m: id, v: [...item].map(([k, v]) => [walk(k), walk(v)] as [Encoded, Encoded]) };
    const props: Record<string, Encoded> = {};
    for (const [key, child] of Object.entries(item)) props[key] = walk(child);
    return { o: id, v: props };
  };
  return JSON.stringify(walk(value));
}

const isData = (item: object): boolean => {
  const proto = Object.getPrototypeOf(item) as unknown;
  return proto === Object.prototype || proto === null || Array.isArray(item) || item instanceof Map;
};

/** Reads `encodeState` text; `fresh` is a newly made state of the same shape, for what was not written. */
export function decodeState(text: string, fresh?: unknown): unknown {
  const objects: unknown[] = [];
  const at = (parent: unknown, key: unknown): unknown => {
    if (parent instanceof Map) return parent.get(key);
    if (parent !== null && typeof parent === 'object') return (parent as Record<string, unknown>)[key as string];
    return undefined;
  };
  const walk = (item: Encoded, counterpart: unknown): unknown => {
    if (item === null || typeof item !== 'object') return item;
    if ('k' in item) return counterpart;
    if ('u' in item) return undefined;
    if ('n' in item) return Number(item.n);
    if ('r' in item) {
      if (!(item.r in objects)) throw new SyntaxError('a scorer state refers to an object it has not written');
      return objects[item.r];
    }
    if ('a' in item) {
      const array: unknown[] = [];
      objects[item.a] = array;
      item.v.forEach((child, index) => array.push(walk(child, at(counterpart, index))));
      return array;
    }
    if ('m' in item) {
      const map = new Map<unknown, unknown>();
      objects[item.m] = map;
      for (const [key, child] of item.v) {
        const decodedKey = walk(key, undefined);
        map.set(decodedKey, walk(child, at(counterpart, decodedKey)));
      }
      return map;
    }
    const record: Record<string, unknown> = {};
    objects[item.o] = record;
    for (const [key, child] of Object.entries(item.v)) {
      const decoded = walk(child, at(counterpart, key));
      if (decoded !== undefined) record[key] = decoded;
    }
    return record;
  };
  return walk(JSON.parse(text) as Encoded, fresh);
}
