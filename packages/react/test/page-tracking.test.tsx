import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createTestClient } from '@sightline/core/testing';
import { SightlineProvider, usePageTracking, type PageTrackingOptions } from '@sightline/react';
import { createProbe, uniqueKey } from './probe-plugin';

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

function Route(props: { path: string; options?: PageTrackingOptions }) {
  usePageTracking(props.path, props.options);
  return null;
}

function setup() {
  const probe = createProbe();
  const { client } = createTestClient({ projectKey: uniqueKey(), plugins: [probe.plugin], outbox: { persist: false } });
  const pageviews = () => probe.events.filter((e) => e.type === 'pageview');
  return { probe, client, pageviews };
}

describe('usePageTracking', () => {
  it('sends a pageview when the route changes, not for the first one', async () => {
    const { client, pageviews } = setup();
    const tree = (path: string) => <SightlineProvider client={client}><Route path={path} options={{ props: { router: 'test' } }} /></SightlineProvider>;
    const view = render(tree('/'));
    expect(pageviews()).toHaveLength(0);
    history.pushState(null, '', '/cart');
    view.rerender(tree('/cart'));
    view.rerender(tree('/cart'));
    expect(pageviews().map((e) => [e.page.path, e.props])).toEqual([['/cart', { router: 'test' }]]);
    await client.shutdown();
  });

  it('sends the first one too with `initial`', async () => {
    const { client, pageviews } = setup();
    render(<SightlineProvider client={client}><Route path="/start" options={{ initial: true }} /></SightlineProvider>);
    expect(pageviews()).toHaveLength(1);
    await client.shutdown();
  });
});
