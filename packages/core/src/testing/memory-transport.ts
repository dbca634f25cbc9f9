import type { Batch, SightlineEvent } from '../event/types';
import type { SendOptions, SendResult, Transport, TransportFactory } from '../delivery/transport';

export interface MemoryTransport {
  /** Pass this to `createClient({ transport })`. */
  readonly factory: TransportFactory;
  /** Every batch the client tried to send, in order, with its options and the result given. */
  readonly sends: Array<{ batch: Batch; options: SendOptions; result: SendResult }>;
  /** Events of the batches answered `delivered`. */
  readonly delivered: SightlineEvent[];
  /** Decide the answer per batch (default: always delivered). */
  respond(answer: (batch: Batch, options: SendOptions) => SendResult | Promise<SendResult>): void;
  readonly shutdownCalls: number;
}

/** A transport that keeps batches in memory: the test double for everything that is not a transport. */
export function createMemoryTransport(): MemoryTransport {
  const sends: MemoryTransport['sends'] = [];
  const delivered: SightlineEvent[] = [];
  let answer: (batch: Batch, options: SendOptions) => SendResult | Promise<SendResult> = () => ({ status: 'delivered' });
  let shutdownCalls = 0;
  const transport: Transport = {
    name: 'memory',
    async send(batch, options) {
      const copy = JSON.parse(JSON.stringify(batch)) as Batch;
      const result = await answer(copy, options);
      sends.push({ batch: copy, options, result });
      if (result.status === 'delivered') delivered.push(...copy.events);
      return result;
    },
    async shutdown() {
      shutdownCalls++;
    },
  };
  return {
    factory: () => transport,
    sends,
    delivered,
    respond(next) {
      answer = next;
    },
    get shutdownCalls() {
      return shutdownCalls;
    },
  };
}
