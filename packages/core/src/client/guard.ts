/**
 * Wraps a public method so that nothing it does can throw into the host page. Async methods
 * resolve instead of rejecting.
 */
export function createGuard(report: (error: unknown) => void) {
  return {
    sync<A extends unknown[], R>(fn: (...args: A) => R, fallback: () => R) {
      return (...args: A): R => {
        try {
          return fn(...args);
        } catch (error) {
          report(error);
          return fallback();
        }
      };
    },
    async<A extends unknown[]>(fn: (...args: A) => Promise<void>) {
      return (...args: A): Promise<void> => {
        try {
          return fn(...args).catch(report);
        } catch (error) {
          report(error);
          return Promise.resolve();
        }
      };
    },
  };
}
