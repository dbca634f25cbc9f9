const STORAGE_KEY = 'sightline.readKey';

/** The read key lives in sessionStorage: gone with the tab, never in a URL or a cookie. */
export function loadReadKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function saveReadKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Private mode without storage: the key lasts as long as the page.
  }
}
