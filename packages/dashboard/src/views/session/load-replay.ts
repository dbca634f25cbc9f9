import { type Api, ApiError } from '../../api/client';
import type { ReplayRecording } from '../../api/types';

/** Pages of a recording the view loads at most (each up to 200 chunks): hours of a busy page. */
export const MAX_REPLAY_PAGES = 50;

/**
 * A session's whole recording, following `nextSeq` page by page; undefined when the session has
 * none (404). Pages come in seq order, so their events concatenate in order.
 */
export async function loadReplay(api: Api, sessionId: string, isCancelled: () => boolean): Promise<ReplayRecording | undefined> {
  const path = `/v1/replay/${encodeURIComponent(sessionId)}`;
  let recording: ReplayRecording;
  try {
    recording = await api.get<ReplayRecording>(path);
  } catch (caught) {
    if (caught instanceof ApiError && caught.status === 404) return undefined;
    throw caught;
  }
  let next = recording.nextSeq;
  for (let pages = 1; next !== undefined && pages < MAX_REPLAY_PAGES && !isCancelled(); pages++) {
    const page = await api.get<ReplayRecording>(path, { fromSeq: next });
    recording = { ...recording, chunks: recording.chunks.concat(page.chunks), events: recording.events.concat(page.events) };
    next = page.nextSeq;
  }
  const { nextSeq: _rest, ...whole } = recording;
  return whole;
}
