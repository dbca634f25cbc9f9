// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import type { TransportFactory } from '@sightline/core';
import { SightlineProvider, usePageTracking, useScore, useScores, useTrack } from '@sightline/react';

function Page() {
  const track = useTrack();
  const scores = useScores();
  const engagement = useScore('engagement');
  usePageTracking('/ssr', { initial: true });
  track('during-render');
  return <p>{`scores:${Object.keys(scores).length} engagement:${engagement ?? 'none'}`}</p>;
}

describe('server-side rendering', () => {
  it('renders without a DOM, creates no client and throws nothing', () => {
    expect(typeof window).toBe('undefined');
    let transports = 0;
    const transport: TransportFactory = () => {
      transports++;
      throw new Error('no transport on the server');
    };
    const html = renderToString(<SightlineProvider options={{ projectKey: 'k', transport }}><Page /></SightlineProvider>);
    expect(html).toContain('scores:0 engagement:none');
    expect(transports).toBe(0);
  });

  it('renders without a provider too', () => {
    expect(renderToString(<Page />)).toContain('scores:0 engagement:none');
  });
});
