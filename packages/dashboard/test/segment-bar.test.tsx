import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SegmentBar, withParam } from '../src/components/segment-bar';
import { parseHash } from '../src/state/router';

describe('segment bar', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    location.hash = '';
  });

  it('changes one parameter and keeps the view, the id and the others', () => {
    const route = parseHash('#/heatmap/x?url=%2Fpricing&mode=scroll&device=mobile');
    const next = parseHash(withParam(route, 'device', 'desktop'));
    expect(next.view).toBe('heatmap');
    expect(next.id).toBe('x');
    expect(next.params.get('url')).toBe('/pricing');
    expect(next.params.get('mode')).toBe('scroll');
    expect(next.params.get('device')).toBe('desktop');
    expect(parseHash(withParam(route, 'device', '')).params.has('device')).toBe(false);
  });

  it('rewrites the hash when a control changes', () => {
    location.hash = '#/trends?url=%2Fa';
    const host = document.createElement('div');
    document.body.append(host);
    render(<SegmentBar route={parseHash(location.hash)} />, host);
    const select = host.querySelector<HTMLSelectElement>('select[data-segment="visitor"]')!;
    select.value = 'returning';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(parseHash(location.hash).params.get('visitor')).toBe('returning');
    expect(parseHash(location.hash).params.get('url')).toBe('/a');
    host.querySelector<HTMLButtonElement>('button[data-range="24h"]')!.click();
    const route = parseHash(location.hash);
    expect(route.view).toBe('trends');
    expect(route.params.get('range')).toBe('24h');
  });
});
