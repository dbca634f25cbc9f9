import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SightlineEvent } from '@sightline/core';
import type { BatchToInsert } from '../../src/store/group-writer';
import { createLoggedWriter, type LoggedWriter } from '../../src/store/ingest-log/logged-writer';
import { makeEvent, makeTempDir } from '../helpers';

/** A store stand-in that records what it was given and can be held, failed or made to refuse. */
function fakeStore() {
  const stored: BatchToInsert[] = [];
  const state = { down: false, refuse: new Set<string>(), hold: undefined as Promise<void> | undefined, groups: 0 };
  return {
    stored,
    state,
    ids: () => stored.flatMap((b) => b.events.map((e) => e.id)),
    async load(group: readonly BatchToInsert[]) {
      state.groups++;
      await state.hold;
      if (state.down) throw new Error('connection refused');
      if (group.some((b) => b.events.some((e) => state.refuse.has(e.id)))) throw new Error('refused');
      stored.push(...group);
    },
  };
}

const batch = (events: SightlineEvent[], projectId = 'p'): BatchToInsert => ({ projectId, events, receivedAt: 1, country: '' });
const logFiles = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.log'));

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dir: string;
const open: LoggedWriter[] = [];
beforeEach(async () => {
  temp = await makeTempDir();
  dir = join(temp.dir, 'events.duckdb.ingest');
});
afterEach(async () => {
  for (const writer of open.splice(0)) await writer.close().catch(() => undefined);
  await temp.remove();
});

async function writer(store: ReturnType<typeof fakeStore>, extra: Partial<Parameters<typeof createLoggedWriter>[0]> = {}) {
  const w = await createLoggedWriter({ dir, load: (group) => store.load(group), ...extra });
  open.push(w);
  return w;
}

describe('the ingest log', () => {
  it('acknowledges while the store is held, and reads wait until the store has the events', async () => {
    const store = fakeStore();
    let release = () => undefined as void;
    store.state.hold = new Promise<void>((resolve) => (release = resolve));
    const w = await writer(store);
    const events = [makeEvent(), makeEvent()];
    const started = performance.now();
    expect(await w.insert(batch(events))).toEqual({ accepted: 2, duplicates: 0 });
    expect(performance.now() - started).toBeLessThan(1000);
    let loaded = false;
    const waiting = w.loaded().then(() => (loaded = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loaded).toBe(false);
    release();
    await waiting;
    expect(store.ids()).toEqual(events.map((e) => e.id));
  });

  it('loads after a crash what was acknowledged and not stored, skipping a torn last line', async () => {
    const crashed = fakeStore();
    crashed.state.hold = new Promise(() => undefined);
    const first = await createLoggedWriter({ dir, load: (group) => crashed.load(group) });
    const sent = Array.from({ length: 5 }, () => [makeEvent(), makeEvent()]);
    for (const events of sent) await first.insert(batch(events));
    // The process dies here: no close. Each acknowledged batch is one JSON line of its events.
    const [file] = await logFiles(dir);
    const lines = (await readFile(join(dir, file as string), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(sent.map((e) => ({ p: 'p', r: 1, c: '', e })));
    // A write it had started left half a line.
    await appendFile(join(dir, file as string), '{"p":"p","r":1,"c":"","e":[{"id":"torn');
    const store = fakeStore();
    const second = await writer(store);
    await second.loaded();
    expect(store.ids()).toEqual(sent.flat().map((e) => e.id));
    // The recovered ids count as copies if a client sends them again.
    expect(await second.insert(batch(sent[0] as SightlineEvent[]))).toEqual({ accepted: 0, duplicates: 2 });
    await second.close();
    expect(await logFiles(dir)).toEqual([]);
  });

  it('counts copies within a batch, across batches and from the ids stored before a restart', async () => {
    const store = fakeStore();
    const old = makeEvent();
    const w = await writer(store, { recentIds: async () => [{ projectId: 'p', id: old.id }] });
    const a = makeEvent();
    expect(await w.insert(batch([a, a, old]))).toEqual({ accepted: 1, duplicates: 2 });
    expect(await w.insert(batch([a]))).toEqual({ accepted: 0, duplicates: 1 });
    // Ids are per project.
    expect(await w.insert(batch([a], 'q'))).toEqual({ accepted: 1, duplicates: 0 });
    await w.loaded();
    expect(store.stored.map((b) => [b.projectId, b.events.map((e) => e.id)])).toEqual([
      ['p', [a.id]],
      ['q', [a.id]],
    ]);
  });

  it('refuses a batch the store cannot take before acknowledging it', async () => {
    const store = fakeStore();
    const w = await writer(store, {
      check: (b) => {
        if (b.events.some((e) => e.ts < 0)) throw new Error('unstorable');
      },
    });
    await expect(w.insert(batch([makeEvent(), makeEvent({ ts: -1 })]))).rejects.toThrow('unstorable');
    await w.loaded();
    expect(store.stored).toEqual([]);
  });

  it('answers "retry later" past its backlog, losing nothing it accepted', async () => {
    const store = fakeStore();
    let release = () => undefined as void;
    store.state.hold = new Promise<void>((resolve) => (release = resolve));
    const w = await writer(store, { maxBacklogEvents: 4 });
    const accepted = [[makeEvent(), makeEvent()], [makeEvent(), makeEvent()]];
    for (const events of accepted) await w.insert(batch(events));
    await expect(w.insert(batch([makeEvent()]))).rejects.toThrow('not stored yet');
    release();
    await w.loaded();
    expect(store.ids()).toEqual(accepted.flat().map((e) => e.id));
    expect(await w.insert(batch([makeEvent()]))).toEqual({ accepted: 1, duplicates: 0 });
  });

  it('keeps retrying while the store is down, fails waiting reads meanwhile, and loads in order after', async () => {
    const store = fakeStore();
    store.state.down = true;
    const w = await writer(store);
    const sent = [[makeEvent()], [makeEvent()], [makeEvent()]];
    for (const events of sent) await w.insert(batch(events));
    await expect(w.loaded()).rejects.toThrow('connection refused');
    expect(w.failing()).toBeInstanceOf(Error);
    store.state.down = false;
    await expect.poll(() => store.ids().length, { timeout: 5000 }).toBe(3);
    expect(store.ids()).toEqual(sent.flat().map((e) => e.id));
    expect(w.failing()).toBeUndefined();
  });

  it('sets aside a batch the store refuses while it takes the others, and goes on', async () => {
    const store = fakeStore();
    let release = () => undefined as void;
    store.state.hold = new Promise<void>((resolve) => (release = resolve));
    const w = await writer(store);
    const poison = makeEvent();
    store.state.refuse.add(poison.id);
    const before = makeEvent();
    const after = makeEvent();
    // The first batch occupies the store, so the next three queue up and load as one group.
    await w.insert(batch([makeEvent()]));
    for (const events of [[before], [poison], [after]]) await w.insert(batch(events));
    release();
    await w.loaded();
    expect(store.ids().slice(1)).toEqual([before.id, after.id]);
    const refused = (await readFile(join(dir, 'refused.ndjson'), 'utf8')).trim().split('\n');
    expect(refused.map((line) => JSON.parse(line).e[0].id)).toEqual([poison.id]);
  });

  it('leaves what the store could not take at close in the log, for the next open', async () => {
    const store = fakeStore();
    store.state.down = true;
    const w = await createLoggedWriter({ dir, load: (group) => store.load(group) });
    const events = [makeEvent()];
    await w.insert(batch(events));
    await w.close();
    await expect(w.insert(batch([makeEvent()]))).rejects.toMatchObject({ code: 'SL_ERR_STORE_CLOSED' });
    const next = fakeStore();
    const again = await writer(next);
    await again.loaded();
    expect(next.ids()).toEqual(events.map((e) => e.id));
  });
});
