import { describe, expect, it } from 'vitest';
import { joinLines, type OpenPieces, splitChunk } from '../../src/replay/chunk-pieces';
import { cut } from './recording-fixtures';

const pieces = (texts: readonly string[], order: readonly number[] = texts.map((_, i) => i)) =>
  new Map<number, OpenPieces>(order.map((seq) => [seq, { seq, ...splitChunk(texts[seq] as string) }]));

describe('lines across chunks', () => {
  it('splits a chunk into the end of a line, whole lines and the start of the next', () => {
    expect(splitChunk('ab\ncd\nef\ngh')).toEqual({ head: 'ab', lines: ['cd', 'ef'], tail: 'gh', newline: true });
    expect(splitChunk('abc')).toEqual({ head: 'abc', lines: [], tail: null, newline: false });
    expect(splitChunk('abc\n')).toEqual({ head: 'abc', lines: [], tail: '', newline: true });
  });

  it('joins a line cut over several chunks, whatever order the chunks are in', () => {
    const text = 'one\n' + 'x'.repeat(100) + '\nthree\n';
    const chunks = cut(text, 5);
    const lines = (map: Map<number, OpenPieces>) => {
      const whole = [...map.values()].sort((a, b) => a.seq - b.seq).flatMap((chunk) => splitChunk(chunks[chunk.seq] as string).lines);
      return [...joinLines(map).map((line) => line.text), ...whole].sort();
    };
    expect(lines(pieces(chunks))).toEqual(['one', 'three', 'x'.repeat(100)]);
    expect(lines(pieces(chunks, [4, 2, 0, 3, 1]))).toEqual(['one', 'three', 'x'.repeat(100)]);
  });

  it('marks the pieces it used, and leaves a line with a missing chunk unjoined', () => {
    const chunks = cut('a\n' + 'b'.repeat(30) + '\nc\n', 4);
    const map = pieces(chunks, [0, 1, 3]);
    const joined = joinLines(map);
    expect(joined.map((line) => line.text)).toEqual(['a']);
    expect(map.get(3)?.head).not.toBeNull();
    map.set(2, { seq: 2, ...splitChunk(chunks[2] as string) });
    expect(joinLines(map).map((line) => line.text)).toContain('b'.repeat(30));
    expect([...map.values()].every((chunk) => chunk.head === null && (chunk.tail === null || chunk.tail === ''))).toBe(true);
  });
});
