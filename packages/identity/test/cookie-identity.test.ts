import { beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '@sightline/core';
import { createCookieIdentity } from '../src/anonymous/cookie-identity';
import { cookieValue, wipeBrowserStorage, wipeCookies } from './helpers/core-contract';

const ID_A = uuidv7(1_700_000_000_000);
const ID_B = uuidv7(1_700_000_100_000);

beforeEach(() => wipeBrowserStorage());

describe('createCookieIdentity', () => {
  it('saves the id to the cookie and to localStorage, and loads it back', () => {
    const identity = createCookieIdentity();
    identity.save(ID_A);
    expect(cookieValue('sl_aid')).toBe(ID_A);
    expect(localStorage.getItem('sl_aid')).toBe(ID_A);
    expect(createCookieIdentity().load()).toBe(ID_A);
    expect(identity.current()).toBe(ID_A);
  });

  it('only reads in load(): nothing is written until save()', () => {
    document.cookie = `sl_aid=${ID_A}; Path=/`;
    const identity = createCookieIdentity();
    expect(identity.load()).toBe(ID_A);
    expect(localStorage.getItem('sl_aid')).toBeNull();
    expect(identity.current()).toBeUndefined();
  });

  it('restores the cookie from localStorage when cookies were cleared', () => {
    createCookieIdentity().save(ID_A);
    wipeCookies();
    const identity = createCookieIdentity();
    expect(identity.load()).toBe(ID_A);
    identity.save(ID_A);
    expect(cookieValue('sl_aid')).toBe(ID_A);
  });

  it('restores localStorage from the cookie when storage was cleared', () => {
    createCookieIdentity().save(ID_A);
    localStorage.clear();
    const identity = createCookieIdentity();
    expect(identity.load()).toBe(ID_A);
    identity.save(ID_A);
    expect(localStorage.getItem('sl_aid')).toBe(ID_A);
  });

  it('prefers the cookie when the two copies disagree, and reports the link once', () => {
    document.cookie = `sl_aid=${ID_B}; Path=/`;
    localStorage.setItem('sl_aid', ID_A);
    const identity = createCookieIdentity();
    expect(identity.load()).toBe(ID_B);
    expect(identity.takeLinks()).toEqual([{ previousId: ID_A, anonymousId: ID_B, reason: 'storage_conflict' }]);
    expect(identity.takeLinks()).toEqual([]);
  });

  it('ignores values that are not UUIDs', () => {
    document.cookie = 'sl_aid=<script>; Path=/';
    localStorage.setItem('sl_aid', 'not-an-id');
    const identity = createCookieIdentity();
    expect(identity.load()).toBeUndefined();
    identity.save('nope');
    expect(localStorage.getItem('sl_aid')).toBe('not-an-id');
  });

  it('clear() removes both copies', () => {
    const identity = createCookieIdentity();
    identity.save(ID_A);
    identity.clear();
    expect(cookieValue('sl_aid') ?? '').toBe('');
    expect(localStorage.getItem('sl_aid')).toBeNull();
    expect(identity.load()).toBeUndefined();
    expect(identity.current()).toBeUndefined();
  });

  it('uses its own name for both copies', () => {
    const identity = createCookieIdentity({ name: 'shop_aid' });
    identity.save(ID_A);
    expect(cookieValue('shop_aid')).toBe(ID_A);
    expect(localStorage.getItem('shop_aid')).toBe(ID_A);
    expect(cookieValue('sl_aid')).toBeUndefined();
  });

  it('shares the id across subdomains with a domain cookie', () => {
    createCookieIdentity({ domain: 'example.com' }).save(ID_A);
    localStorage.clear();
    expect(createCookieIdentity({ domain: 'example.com' }).load()).toBe(ID_A);
  });

  it('never throws when cookies and storage throw on access', () => {
    const errors: unknown[] = [];
    const hostile = {
      get cookie(): string {
        throw new Error('blocked');
      },
      set cookie(_value: string) {
        throw new Error('blocked');
      },
    } as unknown as Document;
    const win = {
      get localStorage(): Storage {
        throw new Error('blocked');
      },
      location: { protocol: 'https:' },
    } as unknown as Window;
    const identity = createCookieIdentity({ globals: () => ({ document: hostile, window: win }), onError: (e) => errors.push(e) });
    expect(identity.load()).toBeUndefined();
    expect(() => identity.save(ID_A)).not.toThrow();
    expect(() => identity.clear()).not.toThrow();
    expect(errors.length).toBeGreaterThan(0);
  });

  it('works without any DOM (server rendering)', () => {
    const identity = createCookieIdentity({ globals: () => ({}) });
    expect(identity.load()).toBeUndefined();
    expect(() => identity.save(ID_A)).not.toThrow();
  });
});
