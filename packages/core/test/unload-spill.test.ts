import { afterEach, describe, expect, it } from 'vitest';
import type { SightlineEvent } from '../src/index';
import { createStore, get, set } from 'idb-keyval';
import { createIndexedDbPersistence } from '../src/outbox/persistence';
import { createUnloadSpill } from '../src/outbox/unload-spill';
import { tick, uniqueKey } from './helpers';

afterEach(() => localStorage.clear());

const event = (id: string, pad = ''): SightlineEvent =>
  ({ v: 1, id, type: 'custom', name: 'x', ts: 1, sessionId: 's', anonymousId: 'a', page: { url: 'https://x.test/', path: '/', title: '', referrer: '', viewport: { w: 1, h: 1 }, docHeight: 1 }, props: { pad } }) as SightlineEvent;

describe('unload spill', () => {
  it('keeps what fits, oldest first, and gives it back once', () => {
    const spill = createUnloadSpill(localStorage, 'p', 3_000);
    spill.write([event('a', 'x'.repeat(400)), event('b', 'x'.repeat(400)), event('c', 'x'.repeat(900))]);
    expect(spill.take().map((e) => e.id)).toEqual(['a', 'b']);
    expect(spill.take()).toEqual([]);
  });

  it('never throws into the page when storage refuses or holds garbage', () => {
    const refusing = { setItem() { throw new Error('QuotaExceededError'); }, getItem() { throw new Error('SecurityError'); }, removeItem() { throw new Error('SecurityError'); } } as unknown as Storage;
    const spill = createUnloadSpill(refusing, 'p');
    expect(() => spill.write([event('a')])).not.toThrow();
    expect(spill.take()).toEqual([]);
    localStorage.setItem('sightline-outbox-spill-q', '{not json');
    expect(createUnloadSpill(localStorage, 'q').take()).toEqual([]);
  });
});

describe('IndexedDB persistence while the page is hidden', () => {
  it('keeps events not yet committed in the spill, including ones saved after the hide, and the next load takes them back', async () => {
    const key = uniqueKey();
    const spill = createUnloadSpill(localStorage, key);
    const persistence = createIndexedDbPersistence(key, () => undefined, spill);
    persistence.save(event('before-hide'));
    persistence.hide!();
    persistence.save(event('during-hide'));
    // The page is gone now: nothing of this instance runs again. What survives is the spill...
    const kept = JSON.parse(localStorage.getItem(`sightline-outbox-spill-${key}`) ?? '[]') as SightlineEvent[];
    expect(kept.map((e) => e.id)).toEqual(['before-hide', 'during-hide']);
    // ...and the next page load reads it back, once, beside what IndexedDB committed.
    await tick();
    const next = createIndexedDbPersistence(key, () => undefined, createUnloadSpill(localStorage, key));
    expect((await next.load()).map((e) => e.id).sort()).toEqual(['before-hide', 'during-hide']);
    expect(localStorage.getItem(`sightline-outbox-spill-${key}`)).toBeNull();
  });

  it('spills only what is not yet committed, and clears the spill when the page is shown again', async () => {
    const key = uniqueKey();
    const persistence = createIndexedDbPersistence(key, () => undefined, createUnloadSpill(localStorage, key));
    persistence.save(event('committed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    persistence.save(event('fresh'));
    persistence.hide!();
    const kept = JSON.parse(localStorage.getItem(`sightline-outbox-spill-${key}`) ?? '[]') as SightlineEvent[];
    expect(kept.map((e) => e.id)).toEqual(['fresh']);
    persistence.show!();
    expect(localStorage.getItem(`sightline-outbox-spill-${key}`)).toBeNull();
  });
});

describe('IndexedDB rows', () => {
  it('stores each event as its JSON text, and loads rows of both shapes: text, and objects stored by earlier versions', async () => {
    const key = uniqueKey();
    const store = createStore(`sightline-outbox-${key}`, 'events');
    // What an earlier version left: the event object itself, and a row that is no event at all.
    await set('old', event('old', 'é'), store);
    await set('junk', { nothing: true }, store);
    await set('broken', '{not json', store);
    const persistence = createIndexedDbPersistence(key, () => undefined);
    persistence.save(event('new', 'ü'));
    const given = event('given');
    persistence.save(given, JSON.stringify(given));
    await tick();
    expect(typeof (await get('new', store))).toBe('string');
    expect(JSON.parse((await get('given', store)) as string)).toEqual(given);
    const loaded = await createIndexedDbPersistence(key, () => undefined).load();
    expect(loaded.map((e) => e.id).sort()).toEqual(['given', 'new', 'old']);
    expect(loaded.find((e) => e.id === 'old')).toEqual(event('old', 'é'));
    expect(loaded.find((e) => e.id === 'new')).toEqual(event('new', 'ü'));
  });
});
