import { describe, expectTypeOf, it } from 'vitest';
import type { ComputedRef, MaybeRefOrGetter, ShallowRef } from 'vue';
import type { ClientOptions, ClientSnapshot, Properties, SightlineClient } from '@sightline/core';
import * as api from '@sightline/vue';
import type { RouterLike, RouterTrackingOptions, SightlinePluginOptions } from '@sightline/vue';

describe('the public surface of @sightline/vue', () => {
  it('exports exactly the plugin, the composables, the router hook and the injection key', () => {
    expectTypeOf<keyof typeof api>().toEqualTypeOf<
      'SightlinePlugin' | 'SIGHTLINE_CLIENT' | 'useSightline' | 'useTrack' | 'useSnapshot' | 'useScores' | 'useScore' | 'trackRouter'
    >();
  });

  it('types each export', () => {
    expectTypeOf(api.useSightline).toEqualTypeOf<() => SightlineClient>();
    expectTypeOf(api.useTrack).toEqualTypeOf<() => (name: string, props?: Properties) => void>();
    expectTypeOf(api.useSnapshot).toEqualTypeOf<() => Readonly<ShallowRef<ClientSnapshot>>>();
    expectTypeOf(api.useScores).toEqualTypeOf<() => ComputedRef<Readonly<Record<string, number>>>>();
    expectTypeOf(api.useScore).toEqualTypeOf<(id: MaybeRefOrGetter<string>) => ComputedRef<number | undefined>>();
    expectTypeOf(api.trackRouter).toEqualTypeOf<(router: RouterLike, client: SightlineClient, options?: RouterTrackingOptions) => () => void>();
  });

  it('takes either a client or options, not both', () => {
    expectTypeOf<{ client: SightlineClient }>().toMatchTypeOf<SightlinePluginOptions>();
    expectTypeOf<{ options: ClientOptions; router: RouterLike }>().toMatchTypeOf<SightlinePluginOptions>();
    expectTypeOf<{ client: SightlineClient; options: ClientOptions }>().not.toMatchTypeOf<SightlinePluginOptions>();
  });
});
