import { describe, expect, it } from 'vitest';
import { uuidv7 } from '@sightline/core';
import { createCookieIdentity, type CookieIdentityOptions } from '../src/anonymous/cookie-identity';

const ID = uuidv7(1_700_000_000_000);

/** A page whose cookie writes are recorded verbatim. */
function recordWrites(protocol: string, options: CookieIdentityOptions = {}) {
  const writes: string[] = [];
  const doc = {
    get cookie() {
      return '';
    },
    set cookie(value: string) {
      writes.push(value);
    },
  } as unknown as Document;
  const win = { location: { protocol }, localStorage: undefined } as unknown as Window;
  const identity = createCookieIdentity({ ...options, globals: () => ({ document: doc, window: win }) });
  return { identity, writes };
}

describe('cookie attributes', () => {
  it('writes a first-party, SameSite=Lax, Secure cookie on https with a one-year lifetime', () => {
    const { identity, writes } = recordWrites('https:');
    identity.save(ID);
    expect(writes).toEqual([`sl_aid=${ID}; Path=/; Max-Age=31536000; SameSite=Lax; Secure`]);
  });

  it('leaves Secure off on plain http, where the browser would drop the cookie', () => {
    const { identity, writes } = recordWrites('http:');
    identity.save(ID);
    expect(writes[0]).not.toContain('Secure');
  });

  it('honours domain, lifetime and an explicit secure setting', () => {
    const { identity, writes } = recordWrites('https:', { domain: 'example.com', maxAgeDays: 30, secure: false });
    identity.save(ID);
    expect(writes[0]).toBe(`sl_aid=${ID}; Path=/; Max-Age=2592000; SameSite=Lax; Domain=example.com`);
  });

  it('expires the cookie with the same domain on clear', () => {
    const { identity, writes } = recordWrites('https:', { domain: 'example.com' });
    identity.clear();
    expect(writes[0]).toBe('sl_aid=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax; Domain=example.com; Secure');
  });

  it('falls back to one year for a lifetime that is not a positive number', () => {
    const { identity, writes } = recordWrites('https:', { maxAgeDays: -3 });
    identity.save(ID);
    expect(writes[0]).toContain('Max-Age=31536000');
  });
});
