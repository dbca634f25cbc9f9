import { isObject } from './rrweb-format';

export type ChunkEncoding = 'gzip' | 'json';

/** The props of a `replay_chunk` event, as `@sightline/replay` sends them. */
export interface ChunkProps {
  seq: number;
  data: string;
  encoding: ChunkEncoding;
  startTs: number;
  endTs: number;
  count: number;
}

/** Highest chunk number accepted: a session sending more is not a recording anyone can play. */
export const MAX_SEQ = 1_000_000;

/** The props checked field by field; a string names the first problem (a JSON pointer and why). */
export function readChunkProps(props: unknown): ChunkProps | { field: string; problem: string } {
  if (!isObject(props)) return { field: '/props', problem: 'must be an object' };
  const { seq, data, encoding, startTs, endTs, count } = props;
  if (!Number.isInteger(seq) || (seq as number) < 0 || (seq as number) > MAX_SEQ) {
    return { field: '/props/seq', problem: `must be an integer from 0 to ${MAX_SEQ}` };
  }
  if (typeof data !== 'string') return { field: '/props/data', problem: 'must be a string' };
  if (encoding !== 'gzip' && encoding !== 'json') return { field: '/props/encoding', problem: 'must be "gzip" or "json"' };
  for (const [name, value] of [['startTs', startTs], ['endTs', endTs], ['count', count]] as const) {
    if (!Number.isInteger(value) || (value as number) < 0) return { field: `/props/${name}`, problem: 'must be a non-negative integer' };
  }
  return { seq: seq as number, data, encoding, startTs: startTs as number, endTs: endTs as number, count: count as number };
}
