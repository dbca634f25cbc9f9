import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useRef } from 'react';
import { createTestClient } from '@sightline/core/testing';
import { SightlineProvider, useScore, useScores, useSightline, useSnapshot, useTrack } from '@sightline/react';
import { createProbe, uniqueKey } from './probe-plugin';

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

function setup() {
  const probe = createProbe();
  const test = createTestClient({ projectKey: uniqueKey(), plugins: [probe.plugin], outbox: { persist: false } });
  return { probe, ...test };
}

function BuyButton() {
  const track = useTrack();
  return <button onClick={() => track('buy', { sku: 'p3' })}>Buy</button>;
}

function ScoreBoard() {
  const scores = useScores();
  const names = Object.keys(scores).sort();
  return <ul>{names.map((name) => <li key={name}>{`${name}: ${scores[name]}`}</li>)}</ul>;
}

function Frustration(props: { renders: { count: number } }) {
  props.renders.count++;
  const frustration = useScore('frustration');
  return <output aria-label="frustration">{frustration === undefined ? '—' : String(frustration)}</output>;
}

describe('hooks inside a provider with a client', () => {
  it('useTrack sends a custom event through the client', async () => {
    const { client, probe, transport } = setup();
    render(<SightlineProvider client={client}><BuyButton /></SightlineProvider>);
    fireEvent.click(screen.getByText('Buy'));
    expect(probe.events.map((e) => [e.type, e.name, e.props])).toEqual([['custom', 'buy', { sku: 'p3' }]]);
    await client.flush();
    expect(transport.delivered.map((e) => e.name)).toEqual(['buy']);
    await client.shutdown();
  });

  it('useScores and useScore re-render on live score changes', async () => {
    const { client, probe } = setup();
    const renders = { count: 0 };
    render(
      <SightlineProvider client={client}>
        <ScoreBoard />
        <Frustration renders={renders} />
      </SightlineProvider>,
    );
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.getByLabelText('frustration').textContent).toBe('—');
    act(() => probe.setScores({ engagement: 42 }));
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['engagement: 42']);
    const rendersBefore = renders.count;
    act(() => probe.setScores({ engagement: 43 }));
    // A component reading only `frustration` does not re-render when another score moves.
    expect(renders.count).toBe(rendersBefore);
    act(() => probe.setScores({ frustration: 7 }));
    expect(screen.getByLabelText('frustration').textContent).toBe('7');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['engagement: 43', 'frustration: 7']);
    await client.shutdown();
  });

  it('useSnapshot follows identify and consent', async () => {
    const { client } = setup();
    function Who() {
      const snapshot = useSnapshot();
      return <p>{`${snapshot.userId ?? 'anonymous'} ${snapshot.consent}`}</p>;
    }
    render(<SightlineProvider client={client}><Who /></SightlineProvider>);
    expect(screen.getByText('anonymous granted')).toBeTruthy();
    act(() => client.identify('u-1'));
    act(() => void client.consent('pending'));
    expect(screen.getByText('u-1 pending')).toBeTruthy();
    await client.shutdown();
  });

  it('useSightline returns the very client passed in', async () => {
    const { client } = setup();
    let seen: unknown;
    function Grab() {
      seen = useSightline();
      return null;
    }
    render(<SightlineProvider client={client}><Grab /></SightlineProvider>);
    expect(seen).toBe(client);
    await client.shutdown();
  });

  it('leaves a client passed in running on unmount', async () => {
    const { client, probe } = setup();
    const view = render(<SightlineProvider client={client}><BuyButton /></SightlineProvider>);
    view.unmount();
    client.track('after-unmount');
    expect(probe.events.map((e) => e.name)).toEqual(['after-unmount']);
    await client.shutdown();
  });
});

describe('hooks outside a provider', () => {
  it('render empty values and do nothing, without throwing', () => {
    function Lonely() {
      const track = useTrack();
      const scores = useScores();
      const engagement = useScore('engagement');
      const client = useSightline();
      const tracked = useRef(false);
      useEffect(() => {
        if (tracked.current) return;
        tracked.current = true;
        track('nobody-listens');
        client.identify('u-1');
      }, [track, client]);
      return <p>{`${Object.keys(scores).length} ${engagement ?? 'none'}`}</p>;
    }
    render(<Lonely />);
    expect(screen.getByText('0 none')).toBeTruthy();
  });
});
