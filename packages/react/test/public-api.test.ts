import { describe, expectTypeOf, it } from 'vitest';
import type { ReactElement } from 'react';
import type { ClientOptions, ClientSnapshot, Properties, SightlineClient } from '@sightline/core';
import * as api from '@sightline/react';
import type { PageTrackingOptions, SightlineProviderProps } from '@sightline/react';

describe('the public surface of @sightline/react', () => {
  it('exports exactly the provider, the hooks and the context', () => {
    expectTypeOf<keyof typeof api>().toEqualTypeOf<
      'SightlineProvider' | 'SightlineContext' | 'useSightline' | 'useTrack' | 'useSnapshot' | 'useScores' | 'useScore' | 'usePageTracking'
    >();
  });

  it('types each export', () => {
    expectTypeOf(api.SightlineProvider).toEqualTypeOf<(props: SightlineProviderProps) => ReactElement>();
    expectTypeOf(api.useSightline).toEqualTypeOf<() => SightlineClient>();
    expectTypeOf(api.useTrack).toEqualTypeOf<() => (name: string, props?: Properties) => void>();
    expectTypeOf(api.useSnapshot).toEqualTypeOf<() => ClientSnapshot>();
    expectTypeOf(api.useScores).toEqualTypeOf<() => Readonly<Record<string, number>>>();
    expectTypeOf(api.useScore).toEqualTypeOf<(id: string) => number | undefined>();
    expectTypeOf(api.usePageTracking).toEqualTypeOf<(route: string | undefined, options?: PageTrackingOptions) => void>();
  });

  it('takes either a client or options, not both', () => {
    expectTypeOf<{ client: SightlineClient }>().toMatchTypeOf<SightlineProviderProps>();
    expectTypeOf<{ options: ClientOptions }>().toMatchTypeOf<SightlineProviderProps>();
    expectTypeOf<{ client: SightlineClient; options: ClientOptions }>().not.toMatchTypeOf<SightlineProviderProps>();
  });
});
