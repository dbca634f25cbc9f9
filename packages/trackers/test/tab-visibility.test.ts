import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTabVisibilityTracker } from '@sightline/trackers';
import { expectNoLeaks, track } from './helpers';

let state: DocumentVisibilityState = 'visible';
beforeEach(() => {
  state = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
});
afterEach(() => sessionStorage.clear());

const become = (next: DocumentVisibilityState) => {
  state = next;
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('tab_visibility tracker (§1.2)', () => {
  it('samples transitions only, and sends tab_hidden / tab_visible with the hidden time', async () => {
    const { kinds, sent } = track([createTabVisibilityTracker()]);
    become('hidden');
    become('hidden');
    become('visible');
    expect(kinds('vis').map((v) => v.state)).toEqual(['hidden', 'visible']);
    const events = await sent();
    expect(events.map((e) => e.type)).toEqual(['tab_hidden', 'tab_visible']);
    expect(events[1]!.props!.hiddenMs).toBeGreaterThanOrEqual(0);
  });

  it('counts a back/forward-cache restore as visible, and a long hidden span as a session timeout', async () => {
    const { sent } = track([createTabVisibilityTracker({ sessionTimeoutMs: 0 })]);
    become('hidden');
    state = 'visible';
    const pageshow = new Event('pageshow');
    Object.defineProperty(pageshow, 'persisted', { value: true });
    window.dispatchEvent(pageshow);
    expect((await sent()).map((e) => e.type)).toEqual(['tab_hidden', 'tab_visible', 'session_timeout']);
  });

  it('optionally treats window blur as hidden', () => {
    const { kinds } = track([createTabVisibilityTracker({ pauseOnBlur: true })]);
    window.dispatchEvent(new FocusEvent('blur'));
    document.body.dispatchEvent(new FocusEvent('focus'));
    window.dispatchEvent(new FocusEvent('focus'));
    expect(kinds('vis').map((v) => v.state)).toEqual(['hidden', 'visible']);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createTabVisibilityTracker({ pauseOnBlur: true })], () => become('hidden'));
  });
});
