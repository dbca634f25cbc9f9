import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeBatch, makeEvent, openTestApp, type TestApp } from '../helpers';

let test: TestApp | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

describe('ingest scrubs before it stores', () => {
  it('stores no PII from a client that sent it unscrubbed', async () => {
    test = await openTestApp();
    const leaky = makeEvent({
      name: 'signup by jane.doe@example.com',
      props: { note: 'card 4111 1111 1111 1111', password: 'hunter2', plan: 'pro' },
    });
    leaky.page = { ...leaky.page, url: 'https://shop.test/?email=jane.doe%40example.com', title: 'Welcome jane.doe@example.com' };
    const response = await test.app.inject({
      method: 'POST',
      url: `/v1/batch?key=${test.writeKey}`,
      payload: makeBatch([leaky]),
    });
    expect(response.statusCode).toBe(200);
    const read = await test.app.inject({ method: 'GET', url: '/v1/events', headers: { 'x-sightline-key': test.readKey } });
    const stored = read.body;
    expect(stored).not.toMatch(/jane\.doe|4111|hunter2/);
    const [event] = (JSON.parse(stored) as { events: Array<{ name: string; props: Record<string, unknown>; page: { title: string } }> }).events;
    expect(event!.name).toBe('signup by [email]');
    expect(event!.page.title).toBe('Welcome [email]');
    expect(event!.props).toEqual({ note: 'card [card]', password: '[redacted]', plan: 'pro' });
  });

  it('writes no PII to any file: the ingest log, the DuckDB file and its WAL', async () => {
    test = await openTestApp();
    const leaky = makeEvent({ name: 'signup by jane.doe@example.com', props: { note: 'card 4111 1111 1111 1111', password: 'hunter2' } });
    // A second event with a marker that is not personal, to show the scan reads what was written.
    const marker = makeEvent({ name: 'marker-7f3a9c' });
    expect((await test.post([leaky, marker])).statusCode).toBe(200);
    const files = async (dir: string): Promise<string[]> =>
      (await readdir(dir, { withFileTypes: true })).flatMap((entry) => (entry.isDirectory() ? [] : [join(dir, entry.name)]));
    const scan = async () => {
      const data = join(test!.dir, 'data');
      const paths = [...(await files(data)), ...(await files(join(data, 'test.duckdb.ingest')))];
      const texts = await Promise.all(paths.map(async (path) => (await readFile(path)).toString('latin1')));
      return { names: paths.map((path) => path.slice(data.length + 1)), all: texts.join('\n') };
    };
    // Right after the answer the batch is in the ingest log (the open file keeps it until sealed).
    const early = await scan();
    expect(early.names.some((name) => name.endsWith('.log'))).toBe(true);
    expect(early.all).toContain('marker-7f3a9c');
    expect(early.all).not.toMatch(/jane\.doe|4111 1111|hunter2/);
    await test.count();
    const stored = await scan();
    expect(stored.all).not.toMatch(/jane\.doe|4111 1111|hunter2/);
  });
});
