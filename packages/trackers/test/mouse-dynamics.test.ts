import { afterEach, describe, expect, it } from 'vitest';
import { createMouseDynamicsTracker } from '@sightline/trackers';
import { expectNoLeaks, mouse, track } from './helpers';

afterEach(() => sessionStorage.clear());

describe('mouse_dynamics tracker (§1.2)', () => {
  it('samples every new position and drops repeats', () => {
    const { kinds } = track([createMouseDynamicsTracker()]);
    for (const [x, y] of [[10, 10], [10, 10], [20, 10], [20, 10], [30, 15]]) mouse('mousemove', document.body, x!, y!);
    expect(kinds('move').map((m) => [m.x, m.y, m.isTrusted])).toEqual([[10, 10, false], [20, 10, false], [30, 15, false]]);
  });

  it('sends a summary at most once a second, with aggregates and no coordinates', async () => {
    const { clock, sent } = track([createMouseDynamicsTracker()]);
    for (let i = 0; i <= 10; i++) mouse('mousemove', document.body, 100 + 10 * i, 200);
    await clock.advance(999);
    expect((await sent()).filter((e) => e.type === 'mouse_features')).toHaveLength(0);
    await clock.advance(1);
    const [summary] = (await sent()).filter((e) => e.type === 'mouse_features');
    expect(summary!.props).toMatchObject({ n: 11, pathPx: 100, straightness: 1, reversals: 0 });
    expect(Object.keys(summary!.props!).sort()).toEqual(['dtCV', 'dtMean', 'n', 'pathPx', 'pauses', 'reversals', 'speedCV', 'speedMax', 'speedMean', 'straightness']);
  });

  it('counts axis reversals past 20 px, and sends the summary at pagehide', async () => {
    const { sent } = track([createMouseDynamicsTracker()]);
    for (const x of [0, 30, 60, 30, 0, 40]) mouse('mousemove', document.body, x, 0);
    window.dispatchEvent(new Event('pagehide'));
    const [summary] = (await sent()).filter((e) => e.type === 'mouse_features');
    expect(summary!.props).toMatchObject({ n: 6, reversals: 2 });
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createMouseDynamicsTracker()], () => {
      mouse('mousemove', document.body, 1, 1);
      mouse('mousemove', document.body, 5, 1);
    });
  });
});
