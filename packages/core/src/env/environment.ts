/**
 * The browser globals core and plugins may touch. Core never reads `window` or `document`
 * directly: it gets them here, so Node, SSR and tests can run without a DOM.
 */
export interface Environment {
  window: Window;
  document: Document;
  navigator: Navigator;
  location: Location;
  history: History;
  crypto?: Crypto;
}

/** The current page's globals, or `undefined` where there is no DOM (server, SSR, workers). */
export function detectEnvironment(): Environment | undefined {
  try {
    if (typeof window === 'undefined' || typeof document === 'undefined') return undefined;
    return {
      window,
      document,
      navigator: window.navigator,
      location: window.location,
      history: window.history,
      crypto: window.crypto,
    };
  } catch {
    return undefined;
  }
}
