import { createElement, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { createClient, type ClientOptions, type SightlineClient } from '@sightline/core';
import { SightlineContext } from './context';
import { createPendingClient } from './pending-client';

export type SightlineProviderProps = { children?: ReactNode } & (
  | {
      /** A client you created (and shut down) yourself. */
      client: SightlineClient;
      options?: undefined;
    }
  | {
      /**
       * Options for a client the provider creates in the browser after mounting and shuts down
       * on unmount. Read once: later changes are ignored. On the server no client is created.
       */
      options: ClientOptions;
      client?: undefined;
    }
);

interface OwnedClient {
  client: SightlineClient;
  shutdownTimer?: ReturnType<typeof setTimeout>;
}

/** Makes a Sightline client available to `useSightline`, `useTrack`, `useScore` and friends. */
export function SightlineProvider(props: SightlineProviderProps): ReactElement {
  const { client, options, children } = props;
  const [pending] = useState(createPendingClient);
  const optionsRef = useRef(options);
  const owned = useRef<OwnedClient | undefined>(undefined);
  const ownsClient = !client;
  useEffect(() => {
    if (!ownsClient || !optionsRef.current) return;
    const current: OwnedClient = owned.current ?? { client: createClient(optionsRef.current) };
    owned.current = current;
    clearTimeout(current.shutdownTimer);
    pending.attach(current.client);
    return () => {
      pending.attach(undefined);
      // Shut down a tick later: StrictMode's unmount-and-remount in development keeps the client.
      current.shutdownTimer = setTimeout(() => {
        owned.current = undefined;
        void current.client.shutdown();
      }, 0);
    };
  }, [ownsClient, pending]);
  return createElement(SightlineContext.Provider, { value: client ?? pending }, children);
}
