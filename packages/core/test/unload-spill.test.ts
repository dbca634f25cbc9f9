import { afterEach, describe, expect, it } from 'vitest';
import type { SightlineEvent } from '../src/index';
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
