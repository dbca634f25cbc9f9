import { uuidv7, type ConsentMode } from '@sightline/core';
import type { IdentityProvider } from '../../src/core-hooks';

/**
 * What core is asked to do with `ClientOptions.identity`, acted out: load and save at start and
 * when consent is granted, save on reset and on `setAnonymousId`, clear when consent leaves granted.
 */
export function startCoreContract(provider: IdentityProvider, initial: ConsentMode, now = () => Date.now()) {
  let mode = initial;
  let anonymousId = (mode === 'granted' ? provider.load() : undefined) ?? uuidv7(now());
  if (mode === 'granted') provider.save(anonymousId);
  return {
    anonymousId: () => anonymousId,
    consent(next: ConsentMode) {
      if (next === mode) return;
      mode = next;
      if (next !== 'granted') return provider.clear();
      anonymousId = provider.load() ?? anonymousId;
      provider.save(anonymousId);
    },
    reset() {
      anonymousId = uuidv7(now());
      if (mode === 'granted') provider.save(anonymousId);
    },
    setAnonymousId(id: string) {
      anonymousId = id;
      if (mode === 'granted') provider.save(id);
    },
  };
}

/** Forget every cookie and localStorage entry of the happy-dom page. */
export function wipeBrowserStorage(): void {
  wipeCookies();
  localStorage.clear();
}

export function wipeCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (!name) continue;
    for (const domain of ['', '; Domain=example.com']) {
      document.cookie = `${name}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${domain}`;
    }
  }
}

export const cookieValue = (name: string) =>
  document.cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];
