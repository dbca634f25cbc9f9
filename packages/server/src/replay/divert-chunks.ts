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
 * (nothing stored, as for any invalid event). The events table keeps a light row per chunk,
 * without `data`: counts, the live stream and "has a replay" stay cheap, and the event id still
 * makes a retried chunk a duplicate.
 */
export function divertChunks(events: readonly SightlineEvent[]): { events: SightlineEvent[]; chunks: IncomingChunk[] } {
  const chunks: IncomingChunk[] = [];
  const kept = events.map((event, index) => {
    // The opaque-payload marker is the client's word: trusted only for what is decoded and
    // cleaned here. Every other event loses it and is scrubbed whole.
    if (event.type !== REPLAY_CHUNK) return withoutMarker(event);
    const props = readChunkProps(event.props);
    if ('problem' in props) throw new ServerError(ERROR_CODES.validation, `a replay chunk's ${props.field === '/props' ? 'props' : props.field.slice(7)} ${props.problem}`, `/events/${index}${props.field}`);
    let text: string;
    try {
      text = decodeChunk(props.data, props.encoding);
    } catch (error) {
      if (!(error instanceof ChunkDecodeError)) throw error;
      throw new ServerError(ERROR_CODES.validation, `a replay chunk's data ${error.message} (encoding "${props.encoding}")`, `/events/${index}/props/data`);
    }
    chunks.push({ eventId: event.id, sessionId: event.sessionId, props, text });
    const { data: _data, ...light } = props;
    return { ...withoutMarker(event), props: light };
  });
  return { events: kept, chunks };
}

function withoutMarker(event: SightlineEvent): SightlineEvent {
  if (event.opaque === undefined) return event;
  const { opaque: _opaque, ...rest } = event;
  return rest;
}
