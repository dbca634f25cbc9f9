import { describe, expect, it } from 'vitest';
import { allModels, createScoringPlugin, deadClick, flattenScores, frustration, rageClick, scoreStream, type ScoringPluginOptions } from '../src/index';
import { click, feedableClient, hide, move, mutation, pv } from './helpers';

/** A client without a DOM, on the fake clock, with a handle to publish samples. */
function setup(models = allModels as readonly Parameters<typeof createScoringPlugin>[0][number][], options: ScoringPluginOptions = {}) {
  const test = feedableClient([createScoringPlugin(models, options)], { env: null });
  /** What the pipeline hands to the outbox: exactly what would be sent. */
  const sent = async () => test.events.slice();
  return { ...test, sent };
}

describe('scoring plugin', () => {
  it('scores samples live into the snapshot: each model by id, and every field flattened', async () => {
    const { client, clock, push } = setup();
    let updates = 0;
    client.subscribe(() => updates++);
    push(pv(0), click(100, 10, 10), click(300, 12, 10), click(500, 14, 11));
    await clock.advance(1000);
    const { scores } = client.getSnapshot();
    expect(scores.rage_click).toBe(1);
    expect(scores['rage_click.count']).toBe(1);
    expect(scores['rage_click.flag']).toBe(1);
    expect(scores.frustration).toBe(27); // 40 points10 → floor((4000 + 75) / 150)
    expect(updates).toBeGreaterThan(0);
  });

  it('sends a score event when a score changes materially, with T and the flattened outputs', async () => {
    const { clock, push, sent } = setup();
    push(pv(0), move(10, 1, 1));
    await clock.advance(1000);
    push(move(1020, 2, 2)); // nothing material changes
    await clock.advance(1000);
    let scores = (await sent()).filter((e) => e.type === 'score');
    expect(scores).toHaveLength(1);
    expect(scores[0]!.props).toMatchObject({ T: expect.any(Number), final: false, 'rage_click.count': 0, 'frustration.tier': 'none', 'bot_detection.isBot': false });
    push(click(2100, 10, 10), click(2200, 10, 10), click(2300, 10, 10));
    await clock.advance(1000);
    scores = (await sent()).filter((e) => e.type === 'score');
    expect(scores).toHaveLength(2);
    expect(scores[1]!.props!['rage_click.count']).toBe(1);
  });

  it('sends a final score at pagehide, evaluated at the pagehide time', async () => {
    const { push, sent } = setup();
    const stream = [pv(0), click(100, 5, 5), hide(1500)];
    push(...stream);
    const finals = (await sent()).filter((e) => e.type === 'score' && e.props?.final === true);
    expect(finals).toHaveLength(1);
    // The dead-click candidate's deadline (2600) is after pagehide: pagehide finalizes it (§2.2 #2).
    expect(finals[0]!.props).toEqual({ T: 1500, final: true, ...flattenScores(scoreStream(stream, 1500)) });
  });

  it('sends rage_click and dead_click signal events with their targets', async () => {
    const { clock, push, sent } = setup([rageClick, deadClick]);
    push(pv(0), click(100, 10, 10, '#x'), click(200, 10, 10, '#x'), click(300, 10, 10, '#x'));
    await clock.advance(3000);
    const signals = (await sent()).filter((e) => e.type === 'rage_click' || e.type === 'dead_click');
    expect(signals.map((e) => [e.type, e.target?.selector, e.props?.t])).toEqual([
      ['rage_click', '#x', 300],
      ['dead_click', '#x', 100],
    ]);
  });

  it('keeps settling after the last sample, so deadlines pass without new input', async () => {
    const { client, clock, push } = setup([deadClick]);
    push(pv(0), click(100, 10, 10));
    await clock.advance(2000);
    expect(client.getSnapshot().scores.dead_click).toBe(0);
    await clock.advance(1500);
    expect(client.getSnapshot().scores.dead_click).toBe(1);
    await clock.advance(10_000);
    expect(clock.pendingTimers).toBe(0);
  });

  it('a late mutation does not make a click live: t never goes backwards', async () => {
    const { push, sent } = setup([deadClick]);
    push(pv(0), click(100, 1, 1), mutation(90), hide(3000));
    const final = (await sent()).find((e) => e.props?.final === true)!;
    // The mutation is clamped to t = 100, after the click: it makes the click live (§4.2.1 causal window).
    expect(final.props!['dead_click.count']).toBe(0);
  });

  it('runs only the given models (and what composites need), with per-model thresholds', async () => {
    const { client, clock, push } = setup([rageClick, frustration], { config: { rage_click: { clicks: 2 } } });
    push(pv(0), click(100, 1, 1), click(200, 1, 1));
    await clock.advance(1000);
    const { scores } = client.getSnapshot();
    expect(scores.rage_click).toBe(1);
    expect(scores.dead_click).toBe(0); // required by frustration
    expect(scores.engagement).toBeUndefined();
  });

  it('never throws into the page: a malformed sample is reported and scoring stops', async () => {
    const { client, clock, errors, push } = setup();
    push(pv(0));
    expect(() => push({ kind: 'click', t: 5 }, { kind: 7 }, null)).not.toThrow();
    await clock.advance(5000);
    expect(errors.map((e) => e.message).join()).toMatch(/selector|undefined/);
    await client.shutdown();
    expect(clock.pendingTimers).toBe(0);
  });
});
