import type { ScrubberConfig } from '../config';
import { scrubTextWith } from '../text/scrub-text';
import { isAbsoluteUrl } from '../url/is-absolute-url';
import { scrubUrlWith } from '../url/scrub-url';

interface Walk {
  config: ScrubberConfig;
  nodes: number;
  chars: number;
  /** Objects on the current path, to tell a cycle from a value shared twice. */
  ancestors: Set<object>;
}

/** Absolute URLs, and relative ones with a query or fragment, get the URL treatment. */
function looksLikeUrl(text: string): boolean {
  if (isAbsoluteUrl(text)) return true;
  const first = text.charCodeAt(0);
  return (first === 47 || first === 63) && (text.includes('?') || text.includes('#')) && !/\s/.test(text);
}

function scrubString(walk: Walk, text: string): string {
  const { config } = walk;
  const budget = config.maxChars - walk.chars;
  if (budget <= 0) return config.truncated;
  walk.chars += Math.min(text.length, budget);
  if (text.length > budget) return scrubTextWith(config, text, Math.min(budget, config.maxLength));
  return looksLikeUrl(text) ? scrubUrlWith(config, text) : scrubTextWith(config, text);
}

/** Card and phone numbers are sometimes stored as numbers; long integers are checked as text. */
function scrubNumber(walk: Walk, value: number | bigint): unknown {
  if (typeof value === 'number' && !(Number.isInteger(value) && Math.abs(value) >= 1e11)) return value;
  const text = value.toString();
  const scrubbed = scrubTextWith(walk.config, text);
  return scrubbed === text ? value : scrubbed;
}

function scrubEntries(walk: Walk, value: object, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Identifier-like keys (letters, `_`, `-`, `$`) cannot hold any detected kind.
    const name = /^[A-Za-z_$-]{0,64}$/.test(key) ? key : scrubTextWith(walk.config, key);
    let child: unknown;
    try {
      child = (value as Record<string, unknown>)[key];
    } catch {
      out[name] = walk.config.redacted;
      continue;
    }
    out[name] = walk.config.isSecretKey(key) && child != null ? walk.config.redacted : visit(walk, child, depth + 1);
  }
  return out;
}

function visit(walk: Walk, value: unknown, depth: number): unknown {
  const { config } = walk;
  if (value === null || value === undefined || typeof value === 'boolean') return value;
  if (walk.nodes >= config.maxNodes) return config.truncated;
  walk.nodes++;
  if (typeof value === 'string') return scrubString(walk, value);
  if (typeof value === 'number' || typeof value === 'bigint') return scrubNumber(walk, value);
  if (typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime());
  if (depth >= config.maxDepth) return config.truncated;
  if (walk.ancestors.has(value)) return config.circular;
  walk.ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => visit(walk, item, depth + 1));
    if (value instanceof Map) {
      const entries = [...value].map(([k, v]): [unknown, unknown] => {
        const secret = typeof k === 'string' && config.isSecretKey(k) && v != null;
        return [visit(walk, k, depth + 1), secret ? config.redacted : visit(walk, v, depth + 1)];
      });
      return new Map(entries);
    }
    if (value instanceof Set) return new Set([...value].map((item) => visit(walk, item, depth + 1)));
    return scrubEntries(walk, value, depth);
  } finally {
    walk.ancestors.delete(value);
  }
}

/**
 * Returns a scrubbed copy of a JSON-like value. Values under secret-named keys are redacted
 * whatever they hold; past the depth, node or character caps values become the truncated marker.
 */
export function scrubObjectWith<T>(config: ScrubberConfig, value: T): T {
  return visit({ config, nodes: 0, chars: 0, ancestors: new Set() }, value, 0) as T;
}
