import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ReplayPlayer, type SeekRequest } from '../src/components/replay-player';
import type { RecordedEvent } from '../src/api/types';
import { mount, q, settle } from './view-support/render';

/**
 * happy-dom cannot load iframes, so rrweb's Replayer is replaced by a double with the same surface
 * (a wrapper, an iframe with a sandbox) that records calls. The real one is checked in Chromium.
 */
const fake = vi.hoisted(() => ({ sandbox: 'allow-same-origin', instances: [] as Array<Record<string, unknown>> }));

vi.mock('@rrweb/replay', () => {
  class Replayer {
    iframe: HTMLIFrameElement;
    wrapper: HTMLDivElement;
    handlers = new Map<string, Array<(payload?: unknown) => void>>();
    calls: string[] = [];
    offset = 0;
    config: Record<string, unknown>;
    constructor(
      readonly events: Array<{ timestamp: number }>,
      config: { root: HTMLElement } & Record<string, unknown>,
    ) {
      this.config = config;
      this.wrapper = document.createElement('div');
      this.iframe = document.createElement('iframe');
      this.iframe.setAttribute('sandbox', fake.sandbox);
      // Kept detached: happy-dom refuses to load a connected iframe.
      this.wrapper.className = 'replayer-wrapper';
      config.root.append(this.wrapper);
      fake.instances.push(this as unknown as Record<string, unknown>);
    }
    on(event: string, handler: (payload?: unknown) => void) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return this;
    }
    emit(event: string, payload?: unknown) {
      for (const handler of this.handlers.get(event) ?? []) handler(payload);
    }
    getMetaData() {
      const start = this.events[0]!.timestamp;
      const end = this.events[this.events.length - 1]!.timestamp;
      return { startTime: start, endTime: end, totalTime: end - start };
    }
    getCurrentTime() {
      return this.offset;
    }
    play(offset = 0) {
      this.offset = offset;
      this.calls.push(`play ${offset}`);
    }
    pause(offset?: number) {
      if (offset !== undefined) this.offset = offset;
      this.calls.push(offset === undefined ? 'pause' : `pause ${offset}`);
    }
    setConfig(config: Record<string, unknown>) {
      Object.assign(this.config, config);
    }
    destroy() {
      this.wrapper.remove();
    }
  }
  return { Replayer };
});

const T0 = 1_700_000_000_000;
const EVENTS: RecordedEvent[] = [
  { type: 4, data: {}, timestamp: T0 },
  { type: 2, data: {}, timestamp: T0 + 10 },
  { type: 3, data: {}, timestamp: T0 + 65_000 },
];

interface FakeReplayer {
  calls: string[];
  config: Record<string, unknown>;
  offset: number;
  emit(event: string, payload?: unknown): void;
}
const latest = () => fake.instances[fake.instances.length - 1] as unknown as FakeReplayer;

describe('replay player', () => {
  let unmount = () => {};
  afterEach(() => {
    unmount();
    fake.sandbox = 'allow-same-origin';
  });

  it('passes no UNSAFE option, starts paused at 0, plays, seeks and reports finished', async () => {
    const view = await mount(<ReplayPlayer events={EVENTS} />);
    unmount = view.unmount;
    await settle();
    expect(q(view.root, 'replay-player')!.dataset.ready).toBe('true');
    const player = latest();
    expect(Object.keys(player.config).filter((name) => name.startsWith('UNSAFE'))).toEqual([]);
    expect(player.calls).toEqual(['pause 0']);
    expect(q(view.root, 'replay-status')!.textContent).toBe('paused');
    expect(q(view.root, 'replay-time')!.textContent).toBe('0:00 / 1:05');

    await act(() => q(view.root, 'replay-play')!.click());
    expect(player.calls.at(-1)).toBe('play 0');
    expect(q(view.root, 'replay-status')!.textContent).toBe('playing');

    await act(() => player.emit('finish'));
    expect(q(view.root, 'replay-status')!.dataset.status).toBe('finished');
    expect(q(view.root, 'replay-time')!.textContent).toBe('1:05 / 1:05');

    // Play after the end starts over.
    await act(() => q(view.root, 'replay-play')!.click());
    expect(player.calls.at(-1)).toBe('play 0');

    const speed = q(view.root, 'replay-speed') as HTMLSelectElement;
    speed.value = '4';
    await act(() => void speed.dispatchEvent(new Event('change')));
    expect(player.config.speed).toBe(4);

    await act(() => q(view.root, 'replay-pause')!.click());
    expect(q(view.root, 'replay-status')!.textContent).toBe('paused');
  });

  it('seeks on request, keeping the paused state', async () => {
    let seek: SeekRequest | undefined;
    const view = await mount(<ReplayPlayer events={EVENTS} seek={seek} />);
    unmount = view.unmount;
    await settle();
    const { render } = await import('preact');
    seek = { offsetMs: 30_000, nonce: 1 };
    await act(() => render(<ReplayPlayer events={EVENTS} seek={seek} />, view.root));
    expect(latest().calls.at(-1)).toBe('pause 30000');
    expect(q(view.root, 'replay-time')!.textContent).toBe('0:30 / 1:05');
  });

  it('refuses to play when the iframe is sandboxed with anything but allow-same-origin', async () => {
    fake.sandbox = 'allow-same-origin allow-scripts';
    const view = await mount(<ReplayPlayer events={EVENTS} />);
    unmount = view.unmount;
    await settle();
    expect(q(view.root, 'replay-player')).toBeNull();
    expect(q(view.root, 'replay-error')!.textContent).toContain('exactly "allow-same-origin"');
    expect(view.root.querySelector('.replayer-wrapper')).toBeNull();
  });
});
