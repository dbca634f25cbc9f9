import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEvent } from '../helpers';
import { STORE_TARGETS } from '../support/store-targets';
import { openQueryApp, type QueryApp } from './query-app';

const ids = (sessions: Array<{ sessionId: string }>) => sessions.map((s) => s.sessionId);
const T = 1_760_000_000_000;

/** Score events as the SDK's scoring plugin writes them: outputs flattened as `<model>.<field>`. */
const score = (sessionId: string, ts: number, props: Record<string, number | boolean | string>) =>
  makeEvent({ type: 'score', sessionId, ts, target: undefined, pos: undefined, props: { T: ts - T, final: false, ...props } });

describe.each(STORE_TARGETS)('sessions by flattened score fields on $name', (target) => {
  let q: QueryApp;
  beforeAll(async () => {
    q = await openQueryApp(target);
    await q.store.insertBatch('demo', [
      score('A', T + 100, { 'frustration.score': 60, 'frustration.tier': 'high', 'engagement.score': 20, 'bot_detection.isBot': false }),
      score('A', T + 900, { 'frustration.score': 45, 'frustration.tier': 'medium', 'engagement.score': 30, 'bot_detection.isBot': false }),
      score('B', T + 200, { 'frustration.score': 10, 'frustration.tier': 'low', 'engagement.score': 70, 'bot_detection.isBot': true }),
      score('C', T + 300, { 'frustration.score': 90, 'frustration.tier': 'high', 'engagement.score': 5, 'bot_detection.isBot': false }),
      makeEvent({ sessionId: 'D', ts: T + 400 }),
    ], T + 10_000);
  }, 60_000);
  afterAll(async () => q?.close());

  it('sorts by a model id through its .score field, by the latest score event, unscored last', async () => {
    expect(ids((await q.get(`/v1/query/sessions?from=${T}&sort=frustration`)).sessions)).toEqual(['C', 'A', 'B', 'D']);
    expect(ids((await q.get(`/v1/query/sessions?from=${T}&sort=frustration&order=asc`)).sessions)).toEqual(['B', 'A', 'C', 'D']);
    expect(ids((await q.get(`/v1/query/sessions?from=${T}&sort=engagement.score`)).sessions)).toEqual(['B', 'A', 'C', 'D']);
  });

  it('filters by a model id or a field', async () => {
    expect(ids((await q.get(`/v1/query/sessions?from=${T}&min.frustration=40&sort=frustration`)).sessions)).toEqual(['C', 'A']);
    expect(ids((await q.get(`/v1/query/sessions?from=${T}&max.frustration.score=45&sort=frustration`)).sessions)).toEqual(['A', 'B']);
  });

  it('refuses names that are not score fields', async () => {
    for (const bad of ['Frustration', 'frustration..score', 'frustration.score.x', "a'b", 'a.b-c']) {
      const res = await q.app.inject({ method: 'GET', url: `/v1/query/sessions?sort=${encodeURIComponent(bad)}`, headers: { 'x-sightline-key': q.readKey } });
      expect(res.statusCode, bad).toBe(400);
    }
  });
});
