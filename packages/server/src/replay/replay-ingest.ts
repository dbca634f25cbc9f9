import type { SightlineEvent } from '@sightline/core';
import { type CleanerPoolOptions, createCleanerPool } from './cleaner-pool';
import { divertChunks, type IncomingChunk } from './divert-chunks';
import type { RecordingCleaner } from './recording-cleaner';
import type { ReplayRepository } from './replay-repository';
import { createKeyedQueue } from './keyed-queue';
import { storeChunks } from './store-chunks';

export interface ReplayIngest {
  /** Takes the `replay_chunk` events out of a batch, decoded; rejects with a 400 for one that cannot be. */
  divert(events: readonly SightlineEvent[]): Promise<{ events: SightlineEvent[]; chunks: IncomingChunk[] }>;
  /** Stores them in the replay repository; resolves once committed. */
  store(projectId: string, chunks: readonly IncomingChunk[], receivedAt: number): Promise<void>;
  /** Stops the cleaner's threads (with the server). */
  close(): Promise<void>;
}

/**
 * What the ingest route does with recordings, in two steps: before and with the store. Batches
 * of one session are stored one after the other on this node (a WebSocket has several in
 * flight), so each sees the pieces the one before left and joins the lines they share.
 * Recordings are cleaned in worker threads by default (cleaner-pool.ts).
 */
export function createReplayIngest(repository: ReplayRepository, cleaner: RecordingCleaner | CleanerPoolOptions = {}): ReplayIngest {
  const cleaning = 'cleanLines' in cleaner ? cleaner : createCleanerPool(cleaner);
  const sessions = createKeyedQueue();
  return {
    divert: divertChunks,
    store(projectId, chunks, receivedAt) {
      if (chunks.length === 0) return Promise.resolve();
      const keys = [...new Set(chunks.map((chunk) => JSON.stringify([projectId, chunk.sessionId])))];
      return sessions.run(keys, () => storeChunks(repository, cleaning, projectId, chunks, receivedAt));
    },
    close: () => cleaning.close(),
  };
}
