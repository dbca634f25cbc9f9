import type { AnyModel } from '../model/types';

/** The chosen models plus everything they require, inputs before the composites that read them. */
export function resolveModels(models: readonly AnyModel[]): AnyModel[] {
  const out: AnyModel[] = [];
  const seen = new Set<string>();
  const visit = (m: AnyModel): void => {
    if (seen.has(m.id)) return;
    seen.add(m.id);
    for (const r of m.requires ?? []) visit(r);
    out.push(m);
  };
  for (const m of models) visit(m);
  return out;
}
