export interface Found {
  start: number;
  end: number;
  kind: string;
  rank: number;
}

/**
 * Sorts matches and merges overlapping ones into a single span, so no part of any match is left
 * out. A merged span takes the kind of its highest-ranked (earliest) detector.
 */
export function mergeSpans(found: Found[]): Found[] {
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Found[] = [];
  let current = { ...found[0]! };
  for (let k = 1; k < found.length; k++) {
    const next = found[k]!;
    if (next.start < current.end) {
      if (next.end > current.end) current.end = next.end;
      if (next.rank < current.rank) {
        current.rank = next.rank;
        current.kind = next.kind;
      }
    } else {
      merged.push(current);
      current = { ...next };
    }
  }
  merged.push(current);
  return merged;
}
