/**
 * happy-dom has no Web Locks, which every browser Sightline targets does. This gives tests a
 * minimal exclusive lock (one JS realm, so a promise chain per name is enough); the tests of the
 * localStorage-lease fallback remove it.
 */
type Request = <T>(name: string, callback: () => Promise<T>) => Promise<T>;

const tails = new Map<string, Promise<unknown>>();
const request: Request = (name, callback) => {
  const previous = tails.get(name) ?? Promise.resolve();
  const run = previous.then(callback, callback);
  tails.set(
    name,
    run.catch(() => undefined),
  );
  return run;
};

if (typeof navigator !== 'undefined' && typeof (navigator as { locks?: { request?: unknown } }).locks?.request !== 'function') {
  Object.defineProperty(navigator, 'locks', { configurable: true, value: { request } });
}
