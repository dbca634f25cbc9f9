import { beforeEach, describe, expect, it } from 'vitest';
import { createCookieIdentity } from '../src/anonymous/cookie-identity';
import { cookieValue, startCoreContract, wipeBrowserStorage } from './helpers/core-contract';

beforeEach(() => wipeBrowserStorage());

const nothingStored = () => {
  expect(cookieValue('sl_aid') ?? '').toBe('');
  expect(localStorage.length).toBe(0);
};

describe('the provider under the consent contract', () => {
  it('writes nothing while consent is pending', () => {
    const core = startCoreContract(createCookieIdentity(), 'pending');
    core.reset();
    nothingStored();
  });

  it('writes nothing while consent is denied, and reads nothing either', () => {
    document.cookie = 'sl_aid=0190a8f6-0c2e-7d6b-8e1f-3a4b5c6d7e8f; Path=/';
    const core = startCoreContract(createCookieIdentity(), 'denied');
    expect(core.anonymousId()).not.toBe('0190a8f6-0c2e-7d6b-8e1f-3a4b5c6d7e8f');
    expect(localStorage.length).toBe(0);
  });

  it('persists the in-memory id once consent is granted', () => {
    const core = startCoreContract(createCookieIdentity(), 'pending');
    const id = core.anonymousId();
    core.consent('granted');
    expect(cookieValue('sl_aid')).toBe(id);
    expect(localStorage.getItem('sl_aid')).toBe(id);
  });

  it('adopts a returning visitor\'s stored id when consent is granted', () => {
    const first = startCoreContract(createCookieIdentity(), 'granted');
    const returning = startCoreContract(createCookieIdentity(), 'pending');
    expect(returning.anonymousId()).not.toBe(first.anonymousId());
    returning.consent('granted');
    expect(returning.anonymousId()).toBe(first.anonymousId());
  });

  it('deletes both copies when consent is withdrawn', () => {
    const core = startCoreContract(createCookieIdentity(), 'granted');
    core.consent('denied');
    nothingStored();
  });

  it('replaces the stored id on reset', () => {
    const core = startCoreContract(createCookieIdentity(), 'granted');
    const before = core.anonymousId();
    core.reset();
    expect(core.anonymousId()).not.toBe(before);
    expect(cookieValue('sl_aid')).toBe(core.anonymousId());
    expect(localStorage.getItem('sl_aid')).toBe(core.anonymousId());
  });
});
