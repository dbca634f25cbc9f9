import { createClient } from '../client/create-client';
import type { ClientOptions } from '../client/config';
import type { SightlineClient } from '../client/types';
import type { SightlineError } from '../util/errors';
import { createFakeClock, type FakeClock } from './fake-clock';
import { createMemoryTransport, type MemoryTransport } from './memory-transport';

export interface TestClient {
  client: SightlineClient;
  transport: MemoryTransport;
  clock: FakeClock;
  errors: SightlineError[];
}

/** A client on a memory transport and a fake clock, recording every reported error. */
export function createTestClient(options: Partial<ClientOptions> = {}): TestClient {
  const transport = createMemoryTransport();
  const clock = createFakeClock();
  const errors: SightlineError[] = [];
  const client = createClient({
    projectKey: 'test-project',
    endpoint: 'https://ingest.test',
    transport: transport.factory,
    clock,
    onError: (error) => errors.push(error),
    ...options,
  });
  return { client, transport, clock, errors };
}
