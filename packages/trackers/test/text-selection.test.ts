import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTextSelectionTracker } from '@sightline/trackers';
import { expectNoLeaks, track } from './helpers';

beforeEach(() => {
  document.body.innerHTML = `<p id="p">Sightline reads no text</p><div data-private><p id="secret">private words</p></div>`;
});
afterEach(() => {
  document.getSelection()?.removeAllRanges();
  sessionStorage.clear();
});

const select = (selector: string, end?: number) => {
  const node = document.querySelector(selector)!.firstChild!;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, end ?? (node.textContent ?? '').length);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range); // happy-dom fires selectionchange, as browsers do
};

describe('text_selection tracker (§1.2)', () => {
  it('samples every change and reports the last one after 500 quiet ms', async () => {
    const { clock, kinds, sent } = track([createTextSelectionTracker()]);
    select('#p', 4);
    await clock.advance(300);
    select('#p', 9);
    await clock.advance(499);
    expect((await sent()).filter((e) => e.type === 'selection')).toHaveLength(0);
    await clock.advance(1);
    expect([...new Set(kinds('sel_change').map((s) => s.length))]).toEqual([4, 9]);
    const selections = (await sent()).filter((e) => e.type === 'selection');
    expect(selections).toMatchObject([{ target: { selector: '#p' }, props: { length: 9 } }]);
    expect(JSON.stringify(selections)).not.toContain('Sightline reads');
  });

  it('a collapse cancels the pending selection; private text is ignored', async () => {
    const { clock, kinds, sent } = track([createTextSelectionTracker()]);
    select('#p', 5);
    document.getSelection()!.collapseToStart();
    select('#secret');
    await clock.advance(1000);
    expect([...new Set(kinds('sel_change').map((s) => s.length))]).toEqual([5, 0]);
    expect((await sent()).filter((e) => e.type === 'selection')).toHaveLength(0);
  });

  it('a selection still waiting at pagehide is dropped (§4.2.3)', async () => {
    const { clock, sent } = track([createTextSelectionTracker()]);
    select('#p', 5);
    window.dispatchEvent(new Event('pagehide'));
    await clock.advance(1000);
    expect((await sent()).filter((e) => e.type === 'selection')).toHaveLength(0);
  });

  it('start, stop, start, stop leaves nothing behind, even with a pending debounce', async () => {
    await expectNoLeaks(() => [createTextSelectionTracker()], () => select('#p', 3));
  });
});
