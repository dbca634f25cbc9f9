import { describe, expect, it } from 'vitest';
import { href, parseHash } from '../src/state/router';
import { keepParams, scopeParams } from '../src/state/segments';
import { toSearch } from '../src/api/client';

describe('hash routes', () => {
  it('round-trips a view, an id with reserved characters and its parameters', () => {
    const link = href('session', 'a/b?c', { device: 'mobile', range: '24h', empty: '' });
    const route = parseHash(link);
    expect(route.view).toBe('session');
    expect(route.id).toBe('a/b?c');
    expect(route.params.get('device')).toBe('mobile');
    expect(route.params.has('empty')).toBe(false);
  });

  it('opens the sessions view by default', () => {
    expect(parseHash('').view).toBe('sessions');
    expect(parseHash('#/').view).toBe('sessions');
  });
});

describe('segments', () => {
  it('turns hash parameters into API scope, ignoring unknown names', () => {
    const params = new URLSearchParams('device=mobile&visitor=returning&range=24h&bogus=1');
    expect(scopeParams(params, 100_000_000)).toEqual({ device: 'mobile', visitor: 'returning', from: 100_000_000 - 86_400_000, to: 100_000_000 });
  });

  it('keeps the segment and range on links to other views', () => {
    expect(keepParams(new URLSearchParams('device=tablet&url=/x&range=1h'))).toEqual({ range: '1h', device: 'tablet' });
    expect(keepParams(new URLSearchParams('url=/x'), 'url')).toEqual({ url: '/x' });
  });

  it('repeats array parameters and drops empty ones', () => {
    expect(toSearch({ signal: ['rage_click', 'dead_click'], url: '', limit: 5 })).toBe('?signal=rage_click&signal=dead_click&limit=5');
  });
});
