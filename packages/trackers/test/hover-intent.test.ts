import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHoverIntentTracker } from '@sightline/trackers';
import { expectNoLeaks, mouse, track } from './helpers';

beforeEach(() => {
  document.body.innerHTML = `<a id="link" href="/x" data-topic="shoes"><span id="label">Shoes</span></a><p id="text">plain</p>`;
});
afterEach(() => sessionStorage.clear());

describe('hover_intent tracker (§1.2)', () => {
  it('enters on the tracked ancestor and reports intent when the pointer rests for one poll', async () => {
    const { clock, kinds, sent } = track([createHoverIntentTracker()]);
    mouse('mouseover', document.querySelector('#label')!, 100, 100);
    mouse('mousemove', document.body, 103, 102); // 5 px Manhattan < 7
    await clock.advance(100);
    mouse('mouseover', document.querySelector('#text')!, 300, 300);
    expect(kinds('hover_enter')).toMatchObject([{ x: 100, y: 100, target: { selector: '#link', topic: 'shoes' } }]);
    expect(kinds('hover_leave')).toMatchObject([{ target: { selector: '#link' } }]);
    const events = (await sent()).filter((e) => e.type.startsWith('hover'));
    expect(events.map((e) => [e.type, e.target?.selector, e.props?.intent])).toEqual([
      ['hover_intent', '#link', undefined],
      ['hover_end', '#link', true],
    ]);
  });

  it('keeps polling while the pointer travels 7 px or more between polls', async () => {
    const { clock, sent } = track([createHoverIntentTracker()]);
    mouse('mouseover', document.querySelector('#link')!, 100, 100);
    mouse('mousemove', document.body, 104, 103); // exactly 7: not resting
    await clock.advance(100);
    expect((await sent()).filter((e) => e.type === 'hover_intent')).toHaveLength(0);
    await clock.advance(100); // no move since the last poll: intent at the second poll
    expect((await sent()).filter((e) => e.type === 'hover_intent')).toHaveLength(1);
  });

  it('a leave before the first poll ends the hover without intent', async () => {
    const { clock, sent } = track([createHoverIntentTracker({ intervalMs: 200 })]);
    mouse('mouseover', document.querySelector('#link')!, 100, 100);
    await clock.advance(150);
    mouse('mouseout', document.querySelector('#link')!, 100, 0, { relatedTarget: null });
    await clock.advance(500);
    const events = (await sent()).filter((e) => e.type.startsWith('hover'));
    expect(events.map((e) => [e.type, e.props?.intent])).toEqual([['hover_end', false]]);
  });

  it('start, stop, start, stop leaves nothing behind, even mid-hover', async () => {
    await expectNoLeaks(() => [createHoverIntentTracker()], () => {
      mouse('mouseover', document.querySelector('#link')!, 1, 1);
    });
  });
});
