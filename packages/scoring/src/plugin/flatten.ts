/** A score event's props: model outputs flattened by model id (`frustration.score`, `bot_detection.isBot`). */
export type FlatScores = Record<string, number | boolean | string>;

/**
 * Flattens model outputs to `<model id>.<field>` with numbers, booleans and enum-like strings
 * (`frustration.tier`, `form_abandonment.status`). Arrays, maps and nulls are left out: the
 * per-element detail stays on the device or travels as signal events.
 */
export function flattenScores(scores: Readonly<Record<string, unknown>>): FlatScores {
  const flat: FlatScores = {};
  for (const id of Object.keys(scores)) {
    const output = scores[id];
    if (!output || typeof output !== 'object') continue;
    for (const [field, value] of Object.entries(output as Record<string, unknown>)) {
      if (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'boolean' || typeof value === 'string') {
        flat[`${id}.${field}`] = value as number | boolean | string;
      }
    }
  }
  return flat;
}

const PRIMARY = ['score', 'count', 'activeMs', 'maxDepthPct'];

/** The one number that stands for a model in the client snapshot: its score, count, or flag. */
export function primaryOf(output: unknown): number | undefined {
  if (!output || typeof output !== 'object') return undefined;
  const record = output as Record<string, unknown>;
  for (const key of PRIMARY) if (typeof record[key] === 'number') return record[key] as number;
  return typeof record.flag === 'boolean' ? Number(record.flag) : undefined;
}

/**
 * A change is material when a `.score` moved by at least `minDelta`, a `.count` changed, or a
 * boolean or string changed. Running totals (ms, ratios) alone never are.
 */
export function changedMaterially(before: FlatScores | undefined, after: FlatScores, minDelta: number): boolean {
  if (!before) return true;
  for (const key of Object.keys(after)) {
    const a = after[key];
    const b = before[key];
    if (typeof a !== 'number') {
      if (a !== b) return true;
    } else if (key.endsWith('.score')) {
      if (typeof b !== 'number' || Math.abs(a - b) >= minDelta) return true;
    } else if (key.endsWith('.count') && a !== b) return true;
  }
  return false;
}
