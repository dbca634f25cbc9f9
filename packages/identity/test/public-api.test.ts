import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Plugin } from '@sightline/core';
import * as identity from '@sightline/identity';
import * as resolver from '@sightline/identity/resolver';

describe('public surface', () => {
  it('exports the plugin, its parts and the event names', () => {
    expect(Object.keys(identity).sort()).toEqual([
      'ALIAS_EVENT',
      'DEFAULT_COOKIE_NAME',
      'DEVICE_SIGNAL_EVENT',
      'RESET_EVENT',
      'aliasEvent',
      'createCookieIdentity',
      'createDeviceSignal',
      'createIdentityPlugin',
      'createServerCookieSync',
    ]);
    expectTypeOf(identity.createIdentityPlugin()).toMatchTypeOf<Plugin>();
    expectTypeOf(identity.createIdentityPlugin().provider).toEqualTypeOf<identity.IdentityProvider>();
  });

  it('exports the resolver on its own subpath, with no browser code', () => {
    expect(Object.keys(resolver).sort()).toEqual(['anonymous', 'createIdentityGraph', 'device', 'nodeKey', 'observeEvent', 'user']);
  });
});
