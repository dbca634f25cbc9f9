// A synthetic population for the identity simulation: people, their browsers, shared and
// public computers, and every visit with the anonymous id, device signal and login it produced.

/** Deterministic PRNG (mulberry32): the same seed gives the same world. */
export function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEFAULTS = {
  people: 10_000,
  days: 90,
  minVisits: 2,
  maxVisits: 10,
  laptopShare: 0.5, // people who also use a laptop besides their phone
  webkitShare: 0.35, // browsers that purge script storage after 7 days without a visit
  clearPerVisit: 0.08, // the visitor cleared cookies and site data since the last visit
  privateWindow: 0.05, // a visit in a private window: fresh storage, thrown away after
  browserChange: 0.1, // people who switch browser once, at a random visit
  accountShare: 0.35, // people with an account
  loginPerVisit: 0.5, // an account holder logs in on a given visit
  householdShare: 0.25, // people sharing a family computer with 1 to 3 others
  sharedComputerVisits: 0.3, // of a household member's visits, those on the family computer
  logoutOnShared: 0.5, // a login on a family computer ends with logout (reset)
  logoutOnPublic: 0.8, // a login on a public computer ends with logout (reset)
  libraryShare: 0.04, // people who make one or two visits on one of the public computers
  libraries: 40,
  kioskWipe: 0.7, // a public computer wipes its storage after a session
  commonConfigShare: 0.1, // phone browsers whose fingerprint equals that of many identical phones
  commonConfigs: 300,
  fingerprintDrift: 0.03, // per visit: the fingerprint changes for good (browser update)
};

/**
 * Every browser has storage (the anonymous id, gone when purged or cleared) and a fingerprint.
 * `serverCookie` keeps the id through WebKit's 7-day purge, not through a manual clear.
 */
export function buildWorld(options = {}) {
  const p = { ...DEFAULTS, ...options };
  const r = rng(p.seed ?? 7);
  const pick = (n) => Math.floor(r() * n);
  let nextId = 0;
  const browsers = new Map();
  const browser = (key, webkit, fingerprint) => {
    if (!browsers.has(key)) browsers.set(key, { key, webkit, fingerprint, anon: undefined, lastVisit: -Infinity, drift: 0 });
    return browsers.get(key);
  };
  const personal = (person, device) => {
    const common = device === 'phone' && r() < p.commonConfigShare;
    const fingerprint = common ? `common-${pick(p.commonConfigs)}` : `fp-${person}-${device}`;
    return browser(`${person}:${device}`, r() < p.webkitShare, fingerprint);
  };
  const households = [];
  for (let person = 0; person < p.people; ) {
    if (r() < p.householdShare) {
      const size = 2 + pick(3);
      const computer = browser(`home-${households.length}`, r() < p.webkitShare, `fp-home-${households.length}`);
      for (let i = 0; i < size && person < p.people; i++) households[person++] = computer;
    } else person++;
  }
  const libraries = Array.from({ length: p.libraries }, (_, i) => browser(`library-${i}`, false, `fp-library-${i}`));
  const visits = [];
  for (let person = 0; person < p.people; person++) {
    const devices = [personal(person, 'phone')];
    if (r() < p.laptopShare) devices.push(personal(person, 'laptop'));
    const count = p.minVisits + pick(p.maxVisits - p.minVisits + 1);
    const changeAt = r() < p.browserChange ? pick(count) : -1;
    const hasAccount = r() < p.accountShare;
    const libraryVisits = r() < p.libraryShare ? 1 + pick(2) : 0;
    for (let v = 0; v < count; v++) {
      if (v === changeAt) devices[0] = browser(`${person}:new-browser`, r() < p.webkitShare, `fp-${person}-new-browser`);
      let place = devices[pick(devices.length)];
      let kind = 'personal';
      if (households[person] && r() < p.sharedComputerVisits) [place, kind] = [households[person], 'shared'];
      if (v < libraryVisits) [place, kind] = [libraries[pick(libraries.length)], 'public'];
      visits.push({ person, day: r() * p.days, place, kind, login: hasAccount && r() < p.loginPerVisit, roll: [r(), r(), r(), r(), r()] });
    }
  }
  visits.sort((a, b) => a.day - b.day);
  return { params: p, visits, newAnon: () => `anon-${nextId++}` };
}

/** Plays the visits in time order; returns one record per visit. */
export function play(world, { serverCookie = false } = {}) {
  const { params: p, visits } = world;
  for (const { place } of visits) Object.assign(place, { anon: undefined, lastVisit: -Infinity, drift: 0 });
  const out = [];
  for (const visit of visits) {
    const b = visit.place;
    const [clear, privateWindow, drift, logout, wipe] = visit.roll;
    const purged = b.webkit && !serverCookie && visit.day - b.lastVisit > 7;
    if (clear < p.clearPerVisit || purged) b.anon = undefined;
    if (drift < p.fingerprintDrift) b.drift++;
    const isPrivate = visit.kind === 'personal' && privateWindow < p.privateWindow;
    const anon = isPrivate || !b.anon ? world.newAnon() : b.anon;
    if (!isPrivate) b.anon = anon;
    b.lastVisit = visit.day;
    const record = { person: visit.person, anon, browser: b.key, kind: visit.kind, fingerprint: `${b.fingerprint}~${b.drift}`, userId: visit.login ? `user-${visit.person}` : undefined };
    out.push(record);
    // A logout calls reset(): a new id at once, and a `reset` event linking the two as split.
    const logsOut = visit.login && visit.kind !== 'personal' && logout < (visit.kind === 'public' ? p.logoutOnPublic : p.logoutOnShared);
    if (logsOut) {
      b.anon = world.newAnon();
      record.reset = { previous: anon, next: b.anon };
    }
    // A kiosk also wipes its storage after each session, most of the time.
    if (visit.kind === 'public' && wipe < p.kioskWipe) b.anon = undefined;
  }
  return out;
}
