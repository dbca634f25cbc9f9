import { afterEach, describe, expect, it } from 'vitest';
import { recordingPauses } from '../src/components/recording-pauses';
import { TimelineTrack } from '../src/components/timeline-track';
import { mount, qa } from './view-support/render';

const meta = (timestamp: number) => ({ type: 4, timestamp, data: { href: 'https://shop.test/' } });
const snapshot = (timestamp: number) => ({ type: 2, timestamp, data: {} });
const pause = (timestamp: number, reason: string) => ({ type: 5, timestamp, data: { tag: 'sl-pause', payload: { reason } } });
const move = (timestamp: number) => ({ type: 3, timestamp, data: { source: 1 } });

let unmount = () => {};
afterEach(() => unmount());

describe('recording pauses', () => {
  it('runs from each pause marker to the next recording, or to the end', () => {
    const events = [meta(0), snapshot(0), move(500), pause(2_000, 'storm'), meta(9_000), snapshot(9_000), move(9_500), pause(12_000, 'idle'), move(12_500)];
    expect(recordingPauses(events)).toEqual([
      { from: 2_000, to: 9_000, reason: 'storm' },
      { from: 12_000, to: 12_500, reason: 'idle' },
    ]);
    expect(recordingPauses([meta(0), snapshot(0), { type: 5, timestamp: 1, data: { tag: 'checkout', payload: {} } }])).toEqual([]);
  });

  it('draws each pause as a band on the session bar, labelled with its reason', async () => {
    const view = await mount(
      <TimelineTrack events={[]} from={0} to={10_000} pauses={[{ from: 2_000, to: 7_000, reason: 'storm' }]} onSeek={() => {}} />,
    );
    unmount = view.unmount;
    const bands = qa(view.root, 'timeline-pause');
    expect(bands).toHaveLength(1);
    expect(bands[0]!.style.left).toBe('20%');
    expect(bands[0]!.style.width).toBe('50%');
    expect(bands[0]!.dataset.reason).toBe('storm');
    expect(bands[0]!.getAttribute('title')).toMatch(/nobody interacting/);
  });
});
