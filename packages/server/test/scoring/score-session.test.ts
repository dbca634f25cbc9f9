import { describe, expect, it } from 'vitest';
import type { SightlineEvent } from '@sightline/core';
import { flattenScores, rageClick, scoreStream, type ScoringInput } from '@sightline/scoring';
import { inputsFromEvents, scoreSession } from '../../src/scoring/score-session';

const page = { url: 'https://shop.test/a?q=1', path: '/a', title: '', referrer: '', viewport: { w: 1280, h: 800 }, docHeight: 2000 };
let seq = 0;
const event = (type: string, ts: number, extra: Partial<SightlineEvent> = {}): SightlineEvent => ({
  v: 1, id: `00000000-0000-7000-8000-${String(++seq).padStart(12, '0')}`, type, ts, sessionId: 's', anonymousId: 'a', page, ...extra,
});
const target = { selector: '#buy', tag: 'button' };
const samples: ScoringInput[] = [
  { kind: 'pageview', t: 0, url: 'https://shop.test/a', navType: 'navigate' },
  { kind: 'click', t: 100, x: 10, y: 10, target, detail: 1 },
  { kind: 'click', t: 200, x: 11, y: 10, target, detail: 1 },
  { kind: 'click', t: 300, x: 12, y: 10, target, detail: 1 },
  { kind: 'pagehide', t: 4000 },
];

describe('scoreSession', () => {
  it('scores a stored sample stream, and finds no mismatch with a faithful client', () => {
    const expected = flattenScores(scoreStream(samples, 4000));
    const events = [event('pageview', 1000), event('score', 5000, { props: { T: 4000, final: true, ...expected } })];
    const result = scoreSession(events, { samples });
    expect(result).toEqual({ source: 'samples', T: 4000, scores: expected, mismatches: [] });
    expect(result.scores['rage_click.count']).toBe(1);
  });

  it('lists the fields a client got wrong', () => {
    const forged = { ...flattenScores(scoreStream(samples, 4000)), 'rage_click.count': 0, 'frustration.score': 0 };
    const result = scoreSession([event('score', 5000, { props: { T: 4000, final: true, ...forged } })], { samples });
    expect(result.mismatches).toEqual(['rage_click.count', 'frustration.score']);
  });

  it('applies the browser input-order rule: t never goes backwards, malformed samples are skipped', () => {
    const unordered = [samples[0], samples[1], { kind: 'mutation', t: 50 }, null, { kind: 'pagehide', t: 3000 }];
    const result = scoreSession([], { samples: unordered, models: [rageClick] });
    expect(result.T).toBe(3000);
    expect(result.scores).toEqual({ 'rage_click.count': 0, 'rage_click.flag': false });
  });

  it('without samples keeps the client score as sent, preferring the final one', () => {
    const events = [
      event('score', 2000, { props: { T: 900, final: true, 'frustration.score': 27 } }),
      event('score', 3000, { props: { T: 1900, final: false, 'frustration.score': 40 } }),
    ];
    expect(scoreSession(events)).toEqual({ source: 'client', T: 900, scores: { 'frustration.score': 27 } });
  });

  it('scores a client that did not score from its stored events', () => {
    const click = (ts: number) => event('click', ts, { target, pos: { pageX: 10, pageY: 10, relX: 0.5, relY: 0.5 } });
    const events = [click(1300), event('pageview', 1000, { props: { navigation: 'navigate' } }), click(1100), click(1200), event('js_error', 1350)];
    expect(inputsFromEvents(events).map((i) => [i.kind, i.t])).toEqual([['pageview', 0], ['click', 100], ['click', 200], ['click', 300], ['error', 350]]);
    const result = scoreSession(events);
    expect(result.source).toBe('events');
    expect(result.T).toBe(350);
    expect(result.scores).toMatchObject({ 'rage_click.count': 1, 'error_click.count': 1 });
  });
});
