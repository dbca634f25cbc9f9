import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createCleanerPool, setWorkerScript } from '../../src/replay/cleaner-pool';
import { createInlineCleaner } from '../../src/replay/recording-cleaner';
import { makeTempDir } from '../helpers';
import { doc, el, fullSnapshot, meta, mutation, ndjson, text } from './recording-fixtures';

const EMAIL = 'jane.doe@example.com';
const lines = ndjson([
  meta(`https://shop.example/cart?mail=${EMAIL}`, 1280, 1),
  fullSnapshot(doc(el('p', { title: EMAIL, onclick: 'steal()' }, [text(`Contact ${EMAIL}`)]), el('script', {}, [text('steal()')])), 1),
  mutation({ adds: [{ parentId: 3, nextId: null, node: el('a', { href: 'javascript:steal()' }, [text(EMAIL)]) }] }, 2),
])
  .split('\n')
  .concat(['not json', '{"type":9,"timestamp":1}', '']);

afterEach(() => setWorkerScript(new URL(inject('replayWorker'))));

describe('the recording cleaner pool', () => {
  it('answers exactly what cleaning on the event loop answers', async () => {
    const pool = createCleanerPool({ threads: 2 });
    const inline = createInlineCleaner();
    try {
      const cleaned = await pool.cleanLines(lines);
      expect(cleaned).toEqual(await inline.cleanLines(lines));
      expect(cleaned.map((event) => event?.head.type ?? null)).toEqual([4, 2, 3, null, null, null, null]);
      expect(JSON.stringify(cleaned)).not.toMatch(/steal|jane\.doe/);
      const row = `[${cleaned.flatMap((event) => (event ? [event.json] : [])).join(',')}]`;
      expect(await pool.readEvents(row)).toEqual(await inline.readEvents(row));
      // Several tasks at once, over both threads, each answered with its own lines.
      const many = await Promise.all(lines.map((line) => pool.cleanLines([line])));
      expect(many.map(([event]) => event ?? null)).toEqual(cleaned);
    } finally {
      await pool.close();
    }
  });

  it('refuses work once closed', async () => {
    const pool = createCleanerPool();
    await pool.cleanLines(lines);
    await pool.close();
    await expect(pool.cleanLines(lines)).rejects.toThrow(/closed/);
  });

  it('cleans inline, and says so once, without its script or when a thread cannot start', async () => {
    const temp = await makeTempDir();
    const broken = join(temp.dir, 'replay-worker.js');
    await writeFile(broken, 'throw new Error("cannot load");\n');
    const expected = await createInlineCleaner().cleanLines(lines);
    try {
      const cases: Array<[URL, RegExp]> = [
        [pathToFileURL(join(temp.dir, 'missing.js')), /cleaned on the event loop: no worker script at .*missing\.js/],
        [pathToFileURL(broken), /cleaned on the event loop: a worker thread could not start \(cannot load\)/],
      ];
      for (const [script, warning] of cases) {
        setWorkerScript(script);
        const warnings: string[] = [];
        const pool = createCleanerPool({ onFallback: (message) => warnings.push(message) });
        expect(await Promise.all([pool.cleanLines(lines), pool.cleanLines(lines)])).toEqual([expected, expected]);
        expect(await pool.cleanLines(lines)).toEqual(expected);
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toMatch(warning);
        await pool.close();
      }
    } finally {
      await temp.remove();
    }
  });
});
