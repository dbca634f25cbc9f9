import type { SightlineEvent } from '@sightline/core';
import { createLineCleaner } from './clean-line';
import { divertChunks, type IncomingChunk } from './divert-chunks';
import type { ReplayRepository } from './replay-repository';
import { createKeyedQueue } from './keyed-queue';
import { storeChunks } from './store-chunks';

export interface ReplayIngest {
  /** Takes the `replay_chunk` events out of a batch, decoded; throws a 400 for one that cannot be. */
  divert(events: readonly SightlineEvent[]): { events: SightlineEvent[]; chunks: IncomingChunk[] };
  /** Stores them in the replay repository; resolves once committed. */
  store(projectId: string, chunks: readonly IncomingChunk[], receivedAt: number): Promise<void>;
}

/**
 * What the ingest route does with recordings, in two steps: before and with the store. Batches
 * of one session are stored one after the other on this node (a WebSocket has several in
 * flight), so each sees the pieces the one before left and joins the lines they share.
 */
export function createReplayIngest(repository: ReplayRepository): ReplayIngest {
  const clean = createLineCleaner();
  const sessions = createKeyedQueue();
  return {
    divert: divertChunks,
    store(projectId, chunks, receivedAt) {
      const keys = [...new Set(chunks.map((chunk) => JSON.stringify([projectId, chunk.sessionId])))];
      return sessions.run(keys, () => storeChunks(repository, clean, projectId, chunks, receivedAt));
    },
  };
}
