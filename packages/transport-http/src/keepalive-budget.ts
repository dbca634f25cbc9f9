/** The Fetch spec's limit on keepalive bodies in flight at once, shared with sendBeacon. */
export const KEEPALIVE_BUDGET_BYTES = 65_536;

/**
 * Keepalive requests outlive the page but share one 64 KiB quota; a request that would pass it
 * fails outright. This keeps count of the bytes in flight so a request only asks for keepalive
 * when it fits.
 */
export function createKeepaliveBudget() {
  let inFlight = 0;
  return {
    /** Reserve `bytes`; returns the release function, or `undefined` when they do not fit. */
    reserve(bytes: number): (() => void) | undefined {
      if (inFlight + bytes > KEEPALIVE_BUDGET_BYTES) return undefined;
      inFlight += bytes;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        inFlight -= bytes;
      };
    },
    get inFlight() {
      return inFlight;
    },
  };
}
