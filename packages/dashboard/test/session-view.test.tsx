import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client';
import { assertReplaySandbox } from '../src/components/replay-sandbox';
import { sparkPath } from '../src/components/score-sparkline';
import { parseHash } from '../src/state/router';
import { loadReplay } from '../src/views/session/load-replay';
import { EVENTS_PAGE } from '../src/views/session/load-session-events';
import { scoreHistory } from '../src/views/session/score-history';
import { SessionView } from '../src/views/session/session-view';
import { storedEvent } from './view-support/fixtures';
import { mount, q, qa, settle, stubApi } from './view-support/render';

const T0 = 1_700_000_000_000;

describe('replay sandbox', () => {
  const frame = (sandbox?: string) => {
    const iframe = document.createElement('iframe');
    if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
    return iframe;
  };

  it('accepts exactly allow-same-origin and nothing else', () => {
    expect(() => assertReplaySandbox(frame('allow-same-origin'))).not.toThrow();
    expect(() => assertReplaySandbox(frame(' allow-same-origin '))).not.toThrow();
    for (const bad of [undefined, '', 'allow-same-origin allow-scripts', 'allow-scripts', 'allow-same-origin allow-forms']) {
      expect(() => assertReplaySandbox(frame(bad))).toThrow(/exactly "allow-same-origin"/);
    }
  });
});

describe('replay loading', () => {
  it('follows nextSeq until the recording is whole, and reads a 404 as no recording', async () => {
    const chunk = (seq: number) => ({ seq, startTs: T0 + seq, endTs: T0 + seq, count: 1 });
    const event = (seq: number) => ({ type: 3, data: {}, timestamp: T0 + seq });
    const api = stubApi((path, params) => {
      if (path === '/v1/replay/none') return new ApiError(404, 'SL_ERR_NOT_FOUND', 'no recording of this session');
      const from = Number(params.fromSeq ?? 0);
      return { sessionId: 's-1', chunks: [chunk(from), chunk(from + 1)], events: [event(from), event(from + 1)], ...(from < 4 && { nextSeq: from + 2 }) };
    });
    const recording = await loadReplay(api, 's-1', () => false);
    expect(recording!.chunks.map((c) => c.seq)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(recording!.events).toHaveLength(6);
    expect(recording).not.toHaveProperty('nextSeq');
    expect(api.calls.map((call) => call.params.fromSeq)).toEqual([undefined, 2, 4]);
    expect(await loadReplay(api, 'none', () => false)).toBeUndefined();
    await expect(loadReplay(stubApi(() => new ApiError(500, 'SL_ERR_INTERNAL', 'boom')), 's-1', () => false)).rejects.toThrow('boom');
  });
});

describe('score history', () => {
  it('charts each composite from the score events, dotted or bare props', () => {
    const events = [
      storedEvent('s', T0, 'pageview'),
      storedEvent('s', T0 + 1000, 'score', { 'frustration.score': 20, 'engagement.score': 10, 'frustration.tier': 'low' }),
      storedEvent('s', T0 + 2000, 'score', { frustration: 80 }),
    ];
    const history = scoreHistory(events);
    expect(history.frustration).toEqual([
      { ts: T0 + 1000, value: 20 },
      { ts: T0 + 2000, value: 80 },
    ]);
    expect(history.engagement).toEqual([{ ts: T0 + 1000, value: 10 }]);
    expect(history.bot_detection).toEqual([]);
  });

  it('draws a step line over the session span', () => {
    expect(sparkPath([{ ts: 0, value: 100 }, { ts: 50, value: 0 }], 0, 100)).toBe('M3,3 H120 V33 H237');
    expect(sparkPath([], 0, 100)).toBe('');
  });
});

describe('session view', () => {
  let unmount = () => {};
  afterEach(() => unmount());

  const sessionEvents = () => {
    const events = [storedEvent('s-1', T0, 'pageview')];
    for (let i = 1; i < EVENTS_PAGE + 10; i++) events.push(storedEvent('s-1', T0 + i * 10, i % 3 === 0 ? 'score' : 'click', i % 3 === 0 ? { 'frustration.score': i % 100 } : undefined));
    events.push(storedEvent('s-1', T0 + 20_000, 'rage_click'), storedEvent('s-1', T0 + 25_000, 'form_abandon'));
    return events;
  };

  it('without a recording, says so and still shows the paged timeline, signal markers and scores', async () => {
    const all = sessionEvents();
    const api = stubApi((path, params) => {
      if (path.startsWith('/v1/replay/')) return new ApiError(404, 'SL_ERR_NOT_FOUND', 'no recording');
      const start = params.after === undefined ? 0 : all.findIndex((event) => event.id === params.after) + 1;
      return { events: all.slice(start, start + Number(params.limit)) };
    });
    const view = await mount(<SessionView api={api} route={parseHash('#/session/s-1')} />);
    unmount = view.unmount;
    await settle(10);

    expect(api.calls.map((call) => call.path)).toEqual(['/v1/replay/s-1', '/v1/query/session-events', '/v1/query/session-events']);
    expect(api.calls[2]!.params).toMatchObject({ sessionId: 's-1', after: all[EVENTS_PAGE - 1]!.id });
    expect(q(view.root, 'replay-missing')).not.toBeNull();
    expect(qa(view.root, 'timeline-marker').map((marker) => marker.dataset.type)).toEqual(['rage_click', 'form_abandon']);
    expect(view.root.querySelectorAll('[data-testid="timeline-list"] li')).toHaveLength(all.length);
    expect(qa(view.root, 'score-sparkline')).toHaveLength(5);
    expect(view.root.querySelector('[data-score="Frustration"] path')!.getAttribute('d')).toMatch(/^M/);
  });
});
