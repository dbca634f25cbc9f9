/**
 * The composite scores the dashboard ranks and charts (docs/scoring.md, "The models"). A score
 * event's props are flattened as `<model>.<field>` (`frustration.score`, `frustration.tier`).
 */
export interface CompositeScore {
  id: string;
  label: string;
  /** For narrow tables. */
  short: string;
  /** True when a high value is bad news, so it is coloured as a warning. */
  highIsBad: boolean;
}

export const COMPOSITE_SCORES: readonly CompositeScore[] = [
  { id: 'engagement', label: 'Engagement', short: 'Engage', highIsBad: false },
  { id: 'frustration', label: 'Frustration', short: 'Frustr.', highIsBad: true },
  { id: 'intent', label: 'Intent', short: 'Intent', highIsBad: false },
  { id: 'conversion_readiness', label: 'Conversion readiness', short: 'Ready', highIsBad: false },
  { id: 'bot_detection', label: 'Bot', short: 'Bot', highIsBad: true },
];

/**
 * A model's headline number in a score event's props: `<id>.score` as the SDK sends it, or a bare
 * `<id>` as hand-written or imported events may carry it.
 */
export function scoreValue(props: Record<string, unknown> | undefined, id: string): number | undefined {
  if (!props) return undefined;
  const value = props[`${id}.score`] ?? props[id];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The fields of a score event's props grouped by model (`frustration` → `{score, tier, points10}`). */
export function groupScoreProps(props: Record<string, unknown>): Array<{ model: string; fields: Array<[string, unknown]> }> {
  const groups = new Map<string, Array<[string, unknown]>>();
  for (const [name, value] of Object.entries(props)) {
    if (name === 'T' || name === 'final') continue;
    const dot = name.indexOf('.');
    const model = dot === -1 ? name : name.slice(0, dot);
    const field = dot === -1 ? 'score' : name.slice(dot + 1);
    const fields = groups.get(model) ?? [];
    fields.push([field, value]);
    groups.set(model, fields);
  }
  return [...groups].map(([model, fields]) => ({ model, fields })).sort((a, b) => a.model.localeCompare(b.model));
}

/** `engagement 30 · frustration 0 …`: a score event's composites in one line. */
export function compositeSummary(props: Record<string, unknown> | undefined): string {
  return COMPOSITE_SCORES.flatMap((score) => {
    const value = scoreValue(props, score.id);
    return value === undefined ? [] : [`${score.short.toLowerCase()} ${Math.round(value)}`];
  }).join(' · ');
}
