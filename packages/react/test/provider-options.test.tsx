import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import type { TransportFactory } from '@sightline/core';
import { createFakeClock, createMemoryTransport } from '@sightline/core/testing';
import { SightlineProvider, useScore, useTrack } from '@sightline/react';
import { createProbe, uniqueKey } from './probe-plugin';

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

function options(probe: ReturnType<typeof createProbe>, transport: TransportFactory) {
  return { projectKey: uniqueKey(), transport, clock: createFakeClock(), plugins: [probe.plugin], outbox: { persist: false } };
}

/** Tracks on mount: its effect runs before the provider's, so before the client exists. */
function TrackOnMount() {
  const track = useTrack();
  useEffect(() => track('mounted'), [track]);
  const engagement = useScore('engagement');
  return <output aria-label="engagement">{engagement ?? '—'}</output>;
}

describe('a provider that creates its client from options', () => {
  it('creates the client after mounting, keeps calls made before, and shows live scores', async () => {
    const probe = createProbe();
    const memory = createMemoryTransport();
    render(<SightlineProvider options={options(probe, memory.factory)}><TrackOnMount /></SightlineProvider>);
    expect(probe.events.map((e) => e.name)).toEqual(['mounted']);
    act(() => probe.setScores({ engagement: 55 }));
    expect(screen.getByLabelText('engagement').textContent).toBe('55');
  });

  it('shuts its client down on unmount, flushing what waits', async () => {
    const probe = createProbe();
    const memory = createMemoryTransport();
    const view = render(<SightlineProvider options={options(probe, memory.factory)}><TrackOnMount /></SightlineProvider>);
    view.unmount();
    await waitFor(() => expect(memory.shutdownCalls).toBe(1));
    expect(memory.delivered.map((e) => e.name)).toEqual(['mounted']);
  });

  it('under StrictMode creates one client, not one per simulated mount', async () => {
    const probe = createProbe();
    const memory = createMemoryTransport();
    let created = 0;
    const factory: TransportFactory = (context) => {
      created++;
      return memory.factory(context);
    };
    const view = render(
      <StrictMode>
        <SightlineProvider options={options(probe, factory)}><TrackOnMount /></SightlineProvider>
      </StrictMode>,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(created).toBe(1);
    expect(memory.shutdownCalls).toBe(0);
    act(() => probe.setScores({ engagement: 9 }));
    expect(screen.getByLabelText('engagement').textContent).toBe('9');
    view.unmount();
    await waitFor(() => expect(memory.shutdownCalls).toBe(1));
  });
});
