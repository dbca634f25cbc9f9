const keyOf = (projectId: string, id: string) => `${projectId}\u0000${id}`;

/**
 * The events this process has taken in lately (and, at start, the newest ids stored), so that an
 * acknowledgement can say which events of a batch are copies without asking the store. A copy
 * older than the window is still refused by the store's key when it is loaded; only the count
 * in that one acknowledgement is then wrong (`accepted` instead of `duplicates`).
 */
export class KnownIds {
  private readonly keys = new Set<string>();

  constructor(private readonly capacity: number) {}

  has(projectId: string, id: string): boolean {
    return this.keys.has(keyOf(projectId, id));
  }

  add(projectId: string, id: string): void {
    const key = keyOf(projectId, id);
    this.keys.delete(key);
    this.keys.add(key);
    // A Set iterates in insertion order, so its first entry is the oldest.
    if (this.keys.size > this.capacity) this.keys.delete(this.keys.values().next().value as string);
  }

  delete(projectId: string, id: string): void {
    this.keys.delete(keyOf(projectId, id));
  }
}
