/** The two globals the anonymous id lives in; injectable so tests and SSR can pass their own. */
export interface BrowserGlobals {
  document?: Document;
  window?: Window;
}

/** Read at call time, never at import: hardened browsers may throw on plain access. */
export function currentGlobals(): BrowserGlobals {
  try {
    return {
      document: typeof document === 'undefined' ? undefined : document,
      window: typeof window === 'undefined' ? undefined : window,
    };
  } catch {
    return {};
  }
}
