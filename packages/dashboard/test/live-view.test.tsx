import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { parseHash } from '../src/state/router';
import { filterFeed, mergeScores, prependCapped, RateMeter } from '../src/views/live/live-feed';
import { LiveView } from '../src/views/live/live-view';
import { storedEvent } from './view-support/fixtures';
import { mount, q, qa, stubApi } from './view-support/render';

const T0 = 1_700_000_000_000;

describe('live feed', () => {
  it('keeps the newest events first, capped', () => {
    const first = [storedEvent('a', T0, 'click'), storedEvent('a', T0 + 1, 'click')];
    const feed = prependCapped([], first, 3);
    expect(feed.map((event) => event.ts)).toEqual([T0 + 1, T0]);
    const next = prependCapped(feed, [storedEvent('b', T0 + 2, 'click'), storedEvent('b', T0 + 3, 'click')], 3);
    expect(next.map((event) => event.ts)).toEqual([T0 + 3, T0 + 2, T0 + 1]);
    expect(prependCapped(next, Array.from({ length: 5 }, (_, i) => storedEvent('c', T0 + 10 + i, 'click')), 3).map((e) => e.ts)).toEqual([
      T0 + 14,
      T0 + 13,
      T0 + 12,
    ]);
  });

  it('averages events per second over the window', () => {
    const meter = new RateMeter();
    meter.add(30, 1000);
    meter.add(20, 6000);
    expect(meter.perSecond(9000, 10_000)).toBe(5);
    expect(meter.perSecond(12_000, 10_000)).toBe(2);
    expect(meter.perSecond(20_000, 10_000)).toBe(0);
  });

  it('keeps each session’s latest score, most recent first', () => {
    const scores = mergeScores([], [
      storedEvent('a', T0 + 5, 'score', { 'frustration.score': 10 }),
      storedEvent('b', T0 + 6, 'score', { 'frustration.score': 20 }),
      storedEvent('a', T0 + 1, 'score', { 'frustration.score': 99 }),
      storedEvent('a', T0 + 7, 'click'),
    ]);
    expect(scores.map((score) => [score.sessionId, score.props['frustration.score']])).toEqual([
      ['b', 20],
      ['a', 10],
    ]);
  });

  it('filters by type and by a piece of the session id', () => {
    const feed = [storedEvent('abc', T0, 'click'), storedEvent('abd', T0, 'score'), storedEvent('xyz', T0, 'click')];
    expect(filterFeed(feed, 'click', '').map((e) => e.sessionId)).toEqual(['abc', 'xyz']);
    expect(filterFeed(feed, '', 'ab').map((e) => e.sessionId)).toEqual(['abc', 'abd']);
  });
});

class FakeSocket {
  static last: FakeSocket | undefined;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  constructor(readonly url: URL) {
    FakeSocket.last = this;
  }
  send(data: string) {
    this.sent.push(data);
  }
  close(code = 1000, reason = '') {
    this.onclose?.({ code, reason });
  }
  receive(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) });
  }
}

describe('live view', () => {
  let unmount = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeSocket);
  });
  afterEach(() => {
    unmount();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('authenticates in the first frame, shows the status, the feed, the rate and the latest scores', async () => {
    const view = await mount(<LiveView api={stubApi(() => ({}))} route={parseHash('#/live')} />);
    unmount = view.unmount;
    const socket = FakeSocket.last!;
    expect(socket.url.searchParams.has('key')).toBe(false);
    expect(q(view.root, 'live-status')!.dataset.status).toBe('connecting');
    await act(() => socket.onopen!());
    expect(JSON.parse(socket.sent[0]!)).toEqual({ type: 'auth', key: 'sl_r_test' });
    await act(() => socket.receive({ type: 'ready' }));
    expect(q(view.root, 'live-status')!.textContent).toBe('live');

    await act(() => {
      socket.receive({
        type: 'events',
        events: [storedEvent('s-1', T0, 'pageview'), storedEvent('s-1', T0 + 1, 'score', { 'frustration.score': 64 }), storedEvent('s-2', T0 + 2, 'click')],
      });
      vi.advanceTimersByTime(600);
    });
    expect(qa(view.root, 'live-event').map((row) => row.dataset.type)).toEqual(['click', 'score', 'pageview']);
    expect(q(view.root, 'live-rate')!.textContent).toBe('0.3 events/s');
    const scoreRow = q(view.root, 'live-score-row')!;
    expect(scoreRow.dataset.sessionId).toBe('s-1');
    expect(scoreRow.querySelector('[data-score="frustration"]')!.textContent).toBe('64');

    const type = q(view.root, 'live-type-filter') as HTMLSelectElement;
    type.value = 'click';
    await act(() => void type.dispatchEvent(new Event('change')));
    expect(qa(view.root, 'live-event').map((row) => row.dataset.sessionId)).toEqual(['s-2']);

    await act(() => socket.close());
    expect(q(view.root, 'live-status')!.dataset.status).toBe('closed');
  });

  it('stops reconnecting and says why when the server refuses the key', async () => {
    const view = await mount(<LiveView api={stubApi(() => ({}))} route={parseHash('#/live')} />);
    unmount = view.unmount;
    const socket = FakeSocket.last!;
    await act(() => {
      socket.onopen!();
      socket.receive({ type: 'error', status: 401, code: 'SL_ERR_INVALID_KEY', message: 'unknown or revoked key' });
      socket.close(4401, 'SL_ERR_INVALID_KEY');
    });
    expect(q(view.root, 'live-status')!.dataset.status).toBe('refused');
    expect(view.root.querySelector('[role="alert"]')!.textContent).toBe('unknown or revoked key');
    await act(() => void vi.advanceTimersByTime(60_000));
    expect(FakeSocket.last).toBe(socket);
  });
});
