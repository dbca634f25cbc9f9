import { describe, expect, it } from 'vitest';
import { createScorer, createScorerWith, rageClick, type ScoringInput } from '../src/index';
import checkout from './fixtures/checkout-session.json';
import { syntheticStream } from './fixtures/synthetic-stream';

/** One page load scores the first `cut` inputs and saves; the next restores and scores the rest. */
function acrossTwoPages(inputs: readonly ScoringInput[], cut: number) {
  const first = createScorer();
  first.pushAll(inputs.slice(0, cut));
  const second = createScorer();
  expect(second.restore(first.save())).toBe(true);
  second.pushAll(inputs.slice(cut));
  return second;
}

describe('scorer state carried across page loads', () => {
  it.each([
    ['the checkout visit', checkout as ScoringInput[]],
    ['20,000 synthetic inputs (every kind, with session expiries)', syntheticStream(20_000)],
  ])('gives every model the same scores as one unbroken stream: %s', (_name, inputs) => {
    const whole = createScorer();
    whole.pushAll(inputs);
    const T = inputs[inputs.length - 1]!.t + 5_000;
    for (const cut of [1, Math.floor(inputs.length / 3), Math.floor(inputs.length / 2), inputs.length - 1]) {
      expect(acrossTwoPages(inputs, cut).scores(T), `cut at ${cut}`).toEqual(whole.scores(T));
    }
  });

  it('survives states that JSON alone would lose (Maps, Infinity)', () => {
    const scorer = createScorer();
    scorer.pushAll(syntheticStream(3_000, 7));
    const text = scorer.save();
    const copy = createScorer();
    expect(copy.restore(text)).toBe(true);
    expect(copy.save()).toBe(text);
  });

  it('refuses a state of other models, of another version, or not a state at all, and keeps its own', () => {
    const all = createScorer();
    all.pushAll(syntheticStream(500));
    const onlyRage = createScorerWith([rageClick]);
    const before = onlyRage.save();
    expect(onlyRage.restore(all.save())).toBe(false);
    expect(onlyRage.restore('{"v":2}')).toBe(false);
    expect(onlyRage.restore('not json')).toBe(false);
    expect(onlyRage.restore('null')).toBe(false);
    expect(onlyRage.save()).toBe(before);
  });
});

describe('what is not data in a state', () => {
  it('keeps the restoring scorer own RegExp and functions in place of the saved ones', async () => {
    const { decodeState, encodeState } = await import('../src/scorer/saved-state');
    const pattern = /headless/i;
    const shared = { n: 1 };
    const text = encodeState({ cfg: { ua: /old/, pick: () => 1, limit: 3 }, a: shared, b: [shared], none: Infinity });
    const fresh = { cfg: { ua: pattern, pick: () => 2, limit: 9 }, a: {}, b: [], none: 0 };
    const restored = decodeState(text, fresh) as { cfg: { ua: RegExp; pick: () => number; limit: number }; a: object; b: object[]; none: number };
    expect(restored.cfg.ua).toBe(pattern);
    expect(restored.cfg.pick()).toBe(2);
    expect(restored.cfg.limit).toBe(3);
    expect(restored.b[0]).toBe(restored.a);
    expect(restored.none).toBe(Infinity);
  });

  it('restores bot detection, whose config holds a RegExp, into a working scorer', () => {
    const env = {
      kind: 'env', t: 0, webdriver: false, userAgent: 'Mozilla/5.0 HeadlessChrome/130', languagesLength: 2, pluginsLength: 5,
      isChromeDesktop: true, hasFocus: true, outerWidth: 1280, outerHeight: 800, visibilityState: 'visible',
    } as unknown as ScoringInput;
    const first = createScorer();
    first.pushAll([env, { kind: 'pageview', t: 0, url: '/', navType: 'navigate' }]);
    const second = createScorer();
    expect(second.restore(first.save())).toBe(true);
    expect(second.scores(1_000).bot_detection).toMatchObject({ reasons: expect.arrayContaining(['headless_ua']) });
  });
});
