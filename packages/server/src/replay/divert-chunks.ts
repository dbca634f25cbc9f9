import type { SightlineEvent } from '@sightline/core';
import { ERROR_CODES, ServerError } from '../errors';
import { readChunkProps, type ChunkProps } from './chunk-props';
import { ChunkDecodeError, decodeChunk } from './decode-chunk';

export const REPLAY_CHUNK = 'replay_chunk';

/** A `replay_chunk` event of a batch, decoded. */
export interface IncomingChunk {
  eventId: string;
  sessionId: string;
  props: ChunkProps;
  /** The chunk's NDJSON text (possibly pieces of lines that span chunks). */
  text: string;
}

/**
 * Takes the recordings out of a batch before anything is stored. Every `replay_chunk` is
 * decoded here, so one that cannot be is refused with a 400 naming it, and the batch with it
 * (nothing stored, as for any invalid event; the first event with a problem is the one named).
 * The events table keeps a light row per chunk, without `data`: counts, the live stream and
 * "has a replay" stay cheap, and the event id still makes a retried chunk a duplicate.
 */
export async function divertChunks(events: readonly SightlineEvent[]): Promise<{ events: SightlineEvent[]; chunks: IncomingChunk[] }> {
  // Every chunk's props are checked and its inflating started at once; the answers read in order.
  const read = events.map((event): Read => {
    // The opaque-payload marker is the client's word: trusted only for what is decoded and
    // cleaned here. Every other event loses it and is scrubbed whole.
    if (event.type !== REPLAY_CHUNK) return { kind: 'event', event: withoutMarker(event) };
    const props = readChunkProps(event.props);
    if ('problem' in props) return { kind: 'refused', ...props };
    const text = decodeChunk(props.data, props.encoding);
    // Awaited below, unless an earlier event refuses the batch first.
    text.catch(() => undefined);
    return { kind: 'chunk', event, props, text };
  });
  const chunks: IncomingChunk[] = [];
  const kept: SightlineEvent[] = [];
  for (const [index, item] of read.entries()) {
    if (item.kind === 'event') {
      kept.push(item.event);
      continue;
    }
    if (item.kind === 'refused') {
      throw new ServerError(ERROR_CODES.validation, `a replay chunk's ${item.field === '/props' ? 'props' : item.field.slice(7)} ${item.problem}`, `/events/${index}${item.field}`);
    }
    const { event, props } = item;
    let text: string;
    try {
      text = await item.text;
    } catch (error) {
      if (!(error instanceof ChunkDecodeError)) throw error;
      throw new ServerError(ERROR_CODES.validation, `a replay chunk's data ${error.message} (encoding "${props.encoding}")`, `/events/${index}/props/data`);
    }
    chunks.push({ eventId: event.id, sessionId: event.sessionId, props, text });
    const { data: _data, ...light } = props;
    kept.push({ ...withoutMarker(event), props: light });
  }
  return { events: kept, chunks };
}

type Read =
  | { kind: 'event'; event: SightlineEvent }
  | { kind: 'refused'; field: string; problem: string }
  | { kind: 'chunk'; event: SightlineEvent; props: ChunkProps; text: Promise<string> };

function withoutMarker(event: SightlineEvent): SightlineEvent {
  if (event.opaque === undefined) return event;
  const { opaque: _opaque, ...rest } = event;
  return rest;
}
