import { gzipSync } from 'node:zlib';
import type { SightlineEvent } from '@sightline/core';
import { makeEvent } from '../helpers';

let nodeId = 0;
const id = () => ++nodeId;

export const text = (textContent: string) => ({ type: 3, id: id(), textContent });
export const el = (tagName: string, attributes: Record<string, unknown> = {}, childNodes: unknown[] = []) => ({
  type: 2, id: id(), tagName, attributes, childNodes,
});
export const doc = (...body: unknown[]) => ({
  type: 0, id: id(), childNodes: [el('html', {}, [el('head'), el('body', {}, body)])],
});

export const meta = (href: string, width: number, timestamp: number) => ({ type: 4, data: { href, width, height: 800 }, timestamp });
export const fullSnapshot = (node: unknown, timestamp: number) => ({ type: 2, data: { node, initialOffset: { left: 0, top: 0 } }, timestamp });
export const mutation = (data: Record<string, unknown>, timestamp: number) => ({
  type: 3, data: { source: 0, adds: [], removes: [], texts: [], attributes: [], ...data }, timestamp,
});
export const move = (timestamp: number) => ({ type: 3, data: { source: 1, positions: [{ x: 1, y: 2, id: 1, timeOffset: 0 }] }, timestamp });

/** NDJSON as the SDK writes it: one event per line, each line ended. */
export const ndjson = (events: readonly unknown[]) => events.map((event) => `${JSON.stringify(event)}\n`).join('');

/** Cuts text into `parts` pieces anywhere, as the SDK may when a line is larger than a chunk. */
export function cut(text: string, parts: number): string[] {
  const size = Math.ceil(text.length / parts);
  return Array.from({ length: parts }, (_, i) => text.slice(i * size, (i + 1) * size)).filter((piece) => piece !== '');
}

export const gzip64 = (text: string) => gzipSync(Buffer.from(text, 'utf8')).toString('base64');

export function chunkEvent(sessionId: string, seq: number, piece: string, encoding: 'gzip' | 'json' = 'gzip'): SightlineEvent {
  return makeEvent({
    type: 'replay_chunk',
    sessionId,
    target: undefined,
    pos: undefined,
    props: { seq, data: encoding === 'gzip' ? gzip64(piece) : piece, encoding, startTs: 1, endTs: 2, count: piece.split('\n').length - 1 },
    opaque: ['data'],
  });
}

export { bigPage } from '../support/big-page.mjs';
