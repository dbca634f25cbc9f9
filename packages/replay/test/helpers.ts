import { gunzipSync } from 'node:zlib';
import type { Plugin, SightlineEvent } from '@sightline/core';
import type { RecordedEvent, RecorderModule, RecordOptions } from '../src/index';

export interface StubRecorder {
  module: RecorderModule;
  /** Options of the running recording, `null` when stopped. */
  options(): RecordOptions | null;
  starts: number;
  stops: number;
  emit(event: RecordedEvent): void;
}

/** A stand-in for `@rrweb/record` that lets a test emit events by hand. */
export function createStubRecorder(): StubRecorder {
  let current: RecordOptions | null = null;
  const stub: StubRecorder = {
    starts: 0,
    stops: 0,
    options: () => current,
    emit: (event) => current?.emit(event),
    module: {
      record: Object.assign(
        (options: RecordOptions) => {
          current = options;
          stub.starts++;
          options.emit({ type: 4, timestamp: Date.now(), data: { href: 'https://shop.test/' } });
          options.emit({ type: 2, timestamp: Date.now(), data: { node: { id: 1 } } });
          return () => {
            current = null;
            stub.stops++;
          };
        },
        {
          addCustomEvent: (tag: string, payload: unknown) => current?.emit({ type: 5, timestamp: Date.now(), data: { tag, payload } }),
          freezePage: () => {},
        },
      ),
    },
  };
  return stub;
}

/** A plugin that keeps every event after scrubbing. */
export function createSink(): { plugin: Plugin; events: SightlineEvent[] } {
  const events: SightlineEvent[] = [];
  return { events, plugin: { name: 'test/sink', setup: (ctx) => void ctx.onEvent((event) => events.push(event)) } };
}

/** Decodes `replay_chunk` events in sequence order back into rrweb events, as a player would. */
export function decodeChunks(events: SightlineEvent[]): RecordedEvent[] {
  const chunks = events.filter((event) => event.type === 'replay_chunk').sort((a, b) => Number(a.props?.seq) - Number(b.props?.seq));
  const text = chunks
    .map((chunk) => {
      const data = String(chunk.props?.data);
      return chunk.props?.encoding === 'gzip' ? gunzipSync(Buffer.from(data, 'base64')).toString('utf8') : data;
    })
    .join('');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as RecordedEvent);
}

export const until = async (check: () => boolean, timeoutMs = 3_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
