// The figures of the identity simulation, computed from the resolver's answers.

/**
 * Re-identification, for the anonymous ids a person created after their first one:
 * - same browser: ids that replaced the same person's earlier id on the same browser (cookies
 *   cleared, storage purged, a private window), resolved to the same person as that earlier id;
 * - any: ids from any cause (also a new browser or device), resolved to the same person as the
 *   person's first id.
 * False merges: the share of anonymous ids the resolver puts in a person whose ids were mostly
 * created by somebody else; also counted for ids created on personal browsers alone (not on
 * family or public computers), and as the share of resolved persons that mix people.
 */
export function measure(records, resolve) {
  const creator = new Map();
  const personal = new Set();
  const firstOf = new Map();
  const lastOn = new Map();
  const reid = { same: 0, sameHit: 0, any: 0, anyHit: 0 };
  for (const { person, anon, browser, kind } of records) {
    if (creator.has(anon)) continue;
    creator.set(anon, person);
    if (kind === 'personal') personal.add(anon);
    const first = firstOf.get(person);
    const before = lastOn.get(`${person}|${browser}`);
    lastOn.set(`${person}|${browser}`, anon);
    if (first === undefined) {
      firstOf.set(person, anon);
      continue;
    }
    const id = resolve(anon);
    reid.any++;
    if (id === resolve(first)) reid.anyHit++;
    if (before === undefined) continue;
    reid.same++;
    if (id === resolve(before)) reid.sameHit++;
  }
  const clusters = new Map();
  for (const anon of creator.keys()) {
    const id = resolve(anon);
    clusters.set(id, [...(clusters.get(id) ?? []), anon]);
  }
  let misplaced = 0;
  let misplacedPersonal = 0;
  let mixed = 0;
  for (const anons of clusters.values()) {
    const counts = new Map();
    for (const anon of anons) counts.set(creator.get(anon), (counts.get(creator.get(anon)) ?? 0) + 1);
    const [owner] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
    for (const anon of anons) {
      if (creator.get(anon) === owner) continue;
      misplaced++;
      if (personal.has(anon)) misplacedPersonal++;
    }
    if (counts.size > 1) mixed++;
  }
  return {
    anonymousIds: creator.size,
    sameBrowser: { count: reid.same, rate: reid.sameHit / reid.same },
    any: { count: reid.any, rate: reid.anyHit / reid.any },
    falseMerge: misplaced / creator.size,
    falseMergePersonal: misplacedPersonal / personal.size,
    mixedPersons: mixed / clusters.size,
  };
}
