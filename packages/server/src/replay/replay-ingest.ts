import type { SightlineEvent } from '@sightline/core';
import { createLineCleaner } from './clean-line';
import { divertChunks, type IncomingChunk } from './divert-chunks';
import type { ReplayRepository } from './replay-repository';
import { storeChunks } from './store-chunks';

export interface ReplayIngest {
  /** Takes the `replay_chunk` events out of a batch, decoded; throws a 400 for one that cannot be. */
  divert(events: readonly SightlineEvent[]): { events: SightlineEvent[]; chunks: IncomingChunk[] };
  /** Stores them in the replay repository; resolves once committed. */
  store(projectId: string, chunks: readonly IncomingChunk[], receivedAt: number): Promise<void>;
}

/** What the ingest route does with recordings, in two steps: before and with the store. */
export function createReplayIngest(repository: ReplayRepository): ReplayIngest {
  const clean = createLineCleaner();
  return {
    divert: divertChunks,
    store: (projectId, chunks, receivedAt) =>
      chunks.length === 0 ? Promise.resolve() : storeChunks(repository, clean, projectId, chunks, receivedAt),
  };
}
