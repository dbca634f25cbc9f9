import { beforeEach, describe, expect, it } from 'vitest';
import { createCookieIdentity } from '../src/anonymous/cookie-identity';
import { cookieValue, startCoreContract, wipeBrowserStorage, wipeCookies } from './helpers/core-contract';

// WebKit deletes script-written storage (cookies written by script, localStorage, IndexedDB)
// after 7 days of browser use without interaction with the site, and caps script-written cookies
// at 7 days. These tests act those purges out on the page's storage.
beforeEach(() => wipeBrowserStorage());

const visit = () => startCoreContract(createCookieIdentity(), 'granted');

describe('WebKit-style purges', () => {
  it('keeps the id when only the capped cookie expired', () => {
    const id = visit().anonymousId();
    wipeCookies();
    expect(visit().anonymousId()).toBe(id);
    expect(cookieValue('sl_aid')).toBe(id);
  });

  it('keeps the id when only localStorage was purged', () => {
    const id = visit().anonymousId();
    localStorage.clear();
    expect(visit().anonymousId()).toBe(id);
    expect(localStorage.getItem('sl_aid')).toBe(id);
  });

  it('keeps the id across alternating purges, because each visit restores the other copy', () => {
    const id = visit().anonymousId();
    for (let week = 0; week < 6; week++) {
      if (week % 2 === 0) wipeCookies();
      else localStorage.clear();
      expect(visit().anonymousId()).toBe(id);
    }
  });

  it('loses the id when both copies are purged together: the case the server cookie covers', () => {
    const id = visit().anonymousId();
    wipeBrowserStorage();
    expect(visit().anonymousId()).not.toBe(id);
  });

  it('writes the cookie again on every visit, so its lifetime slides', () => {
    const writes: string[] = [];
    const doc = {
      get cookie() {
        return '';
      },
      set cookie(value: string) {
        writes.push(value);
      },
    } as unknown as Document;
    const win = { location: { protocol: 'https:' }, localStorage } as unknown as Window;
    const identity = createCookieIdentity({ globals: () => ({ document: doc, window: win }) });
    startCoreContract(identity, 'granted');
    startCoreContract(identity, 'granted');
    expect(writes).toHaveLength(2);
    expect(writes.every((cookie) => cookie.includes('Max-Age=31536000'))).toBe(true);
  });
});
