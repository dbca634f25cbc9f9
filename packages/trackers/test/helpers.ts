import { createTestClient, probePage } from '@sightline/core/testing';
import type { Plugin, Sample, SightlineEvent } from '@sightline/core';
import { expect } from 'vitest';

let counter = 0;

/** A test client running `plugins`, recording every sample they publish and every event after scrubbing. */
export function track(plugins: Plugin[]) {
  const samples: Sample[] = [];
  const events: SightlineEvent[] = [];
  const recorder: Plugin = {
    name: 'test/recorder',
    setup(ctx) {
      ctx.onSample((s) => samples.push(s));
      ctx.onEvent((e) => events.push(e));
    },
  };
  const test = createTestClient({ projectKey: `interaction-${++counter}`, outbox: { persist: false }, plugins: [recorder, ...plugins] });
  /** What the pipeline hands to the outbox: exactly what would be sent. */
  const sent = async (): Promise<SightlineEvent[]> => events.slice();
  const kinds = (kind: string) => samples.filter((s) => s.kind === kind);
  return { ...test, samples, kinds, sent, settle: () => Promise.resolve().then(() => undefined) };
}

/** Start, use, stop twice with the real clock: nothing may be left on the page. */
export async function expectNoLeaks(make: () => Plugin[], use: () => void | Promise<void>): Promise<void> {
  const probe = probePage();
  try {
    const baseline = probe.counts();
    for (let round = 0; round < 2; round++) {
      const { client } = createTestClient({ projectKey: `leak-${++counter}`, clock: undefined, plugins: make() });
      await Promise.resolve();
      await use();
      await client.shutdown();
      expect(probe.counts()).toEqual(baseline);
    }
  } finally {
    probe.restore();
  }
}

export const mouse = (type: string, target: EventTarget, x: number, y: number, init: MouseEventInit = {}) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, ...init }));

export const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;
