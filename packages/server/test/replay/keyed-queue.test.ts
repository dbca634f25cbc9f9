import { describe, expect, it } from 'vitest';
import { createKeyedQueue } from '../../src/replay/keyed-queue';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('keyed queue', () => {
  it('runs tasks of one key in order, tasks of other keys at once, and survives a failure', async () => {
    const queue = createKeyedQueue();
    const log: string[] = [];
    const task = (name: string, ms: number, fail = false) => async () => {
      log.push(`${name}+`);
      await later(ms);
      log.push(`${name}-`);
      if (fail) throw new Error(name);
      return name;
    };
    const a1 = queue.run(['a'], task('a1', 20, true));
    const b1 = queue.run(['b'], task('b1', 5));
    const ab = queue.run(['a', 'b'], task('ab', 1));
    await expect(a1).rejects.toThrow('a1');
    expect(await Promise.all([b1, ab])).toEqual(['b1', 'ab']);
    expect(log).toEqual(['a1+', 'b1+', 'b1-', 'a1-', 'ab+', 'ab-']);
  });
});
