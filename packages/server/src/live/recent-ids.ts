/**
 * The ids published lately, oldest forgotten first. The store reports only how many events of a
 * batch were new, not which; this keeps a re-sent event from reaching subscribers twice.
 */
export interface RecentIds {
  /** True the first time an id is seen (within the window), false after. */
  add(id: string): boolean;
}

export function createRecentIds(capacity: number): RecentIds {
  const ids = new Set<string>();
  return {
    add(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      // A Set iterates in insertion order, so its first entry is the oldest.
      if (ids.size > capacity) ids.delete(ids.values().next().value as string);
      return true;
    },
  };
}
