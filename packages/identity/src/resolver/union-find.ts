/**
 * Union-find over node indexes. A component's root is always its oldest node (smallest index),
 * so a person's id only changes when it joins an older person. Each root carries the user ids
 * of its component: two components with different users are never joined by accident.
 */
export interface UnionFind {
  add(): number;
  find(index: number): number;
  /** Joins two components; refused (false) when both hold user ids, unless `allowUsers`. */
  union(a: number, b: number, allowUsers?: boolean): boolean;
  addUser(index: number, userId: string): void;
  users(index: number): ReadonlySet<string>;
  size(index: number): number;
  clone(): UnionFind;
}

const NONE: ReadonlySet<string> = new Set();

export function createUnionFind(parent: number[] = [], sizes: number[] = [], userSets = new Map<number, ReadonlySet<string>>()): UnionFind {
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    // Path compression: point everything on the way straight at the root.
    let at = index;
    while (parent[at] !== root) {
      const next = parent[at] as number;
      parent[at] = root;
      at = next;
    }
    return root;
  };
  return {
    add() {
      parent.push(parent.length);
      sizes.push(1);
      return parent.length - 1;
    },
    find,
    union(a, b, allowUsers = false) {
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) return true;
      const ua = userSets.get(ra) ?? NONE;
      const ub = userSets.get(rb) ?? NONE;
      if (!allowUsers && ua.size > 0 && ub.size > 0) return false;
      const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
      parent[child] = root;
      sizes[root] = (sizes[root] as number) + (sizes[child] as number);
      if (ua.size + ub.size > 0) userSets.set(root, new Set([...ua, ...ub]));
      userSets.delete(child);
      return true;
    },
    addUser(index, userId) {
      const root = find(index);
      userSets.set(root, new Set([...(userSets.get(root) ?? NONE), userId]));
    },
    users: (index) => userSets.get(find(index)) ?? NONE,
    size: (index) => sizes[find(index)] as number,
    clone: () => createUnionFind(parent.slice(), sizes.slice(), new Map(userSets)),
  };
}
