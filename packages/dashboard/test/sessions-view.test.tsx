import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ApiError } from '../src/api/client';
import { parseHash } from '../src/state/router';
import { readFilter, sessionsQuery, withChanges } from '../src/views/sessions/sessions-query';
import { SessionsView } from '../src/views/sessions/sessions-view';
import { summary } from './view-support/fixtures';
import { mount, q, qa, settle, stubApi } from './view-support/render';

describe('sessions query', () => {
  it('reads sort, order, URL, signals and page from the hash, dropping unknown values', () => {
    const filter = readFilter(new URLSearchParams('sort=frustration&order=asc&url=/cart&signal=rage_click,bogus,quick_back&page=2'));
    expect(filter).toEqual({ sort: 'frustration', order: 'asc', url: '/cart', signals: ['rage_click', 'quick_back'], page: 2 });
    expect(readFilter(new URLSearchParams('sort=drop_table&page=-4'))).toMatchObject({ sort: 'started', order: 'desc', page: 0 });
  });

  it('asks the API for one page, with repeated signals, the segment and the time range', () => {
    const query = sessionsQuery(new URLSearchParams('sort=bot_detection&signal=dead_click,error_click&page=1&device=mobile&range=1h'), 10_000_000);
    expect(query).toEqual({
      device: 'mobile',
      from: 10_000_000 - 3_600_000,
      to: 10_000_000,
      url: undefined,
      signal: ['dead_click', 'error_click'],
      sort: 'bot_detection',
      order: 'desc',
      limit: 50,
      offset: 50,
    });
  });

  it('goes back to the first page on any change but paging', () => {
    const params = new URLSearchParams('page=3&device=tablet');
    expect(withChanges(params, { sort: 'events' })).toEqual({ device: 'tablet', sort: 'events' });
    expect(withChanges(params, { page: '4' })).toEqual({ device: 'tablet', page: '4' });
    expect(withChanges(params, { device: '' })).toEqual({});
  });
});

describe('sessions view', () => {
  let unmount = () => {};
  afterEach(() => {
    unmount();
    location.hash = '';
  });

  it('lists sessions with scores and signals, links each to its detail, and expands the score breakdown', async () => {
    const api = stubApi(() => ({ sessions: [summary('s-1'), summary('s-2', { scores: {}, signals: { rage_click: 0, dead_click: 0, error_click: 0, quick_back: 0, form_abandon: 0 } })] }));
    const view = await mount(<SessionsView api={api} route={parseHash('#/sessions?sort=frustration&device=mobile')} />);
    unmount = view.unmount;
    await settle();
    expect(api.calls[0]).toMatchObject({ path: '/v1/query/sessions', params: { sort: 'frustration', device: 'mobile', limit: 50, offset: 0 } });
    const rows = qa(view.root, 'session-row');
    expect(rows.map((row) => row.dataset.sessionId)).toEqual(['s-1', 's-2']);
    expect(rows[0]!.querySelector('[data-score="frustration"]')!.textContent).toBe('72');
    expect(rows[0]!.querySelector('[data-signal="rage_click"]')!.textContent).toContain('×2');
    expect(q(rows[0]!, 'session-link')!.getAttribute('href')).toBe('#/session/s-1?device=mobile');
    expect(view.root.querySelector('th[aria-sort="descending"] [data-sort="frustration"]')).not.toBeNull();

    await act(() => q(rows[0]!, 'session-expand')!.click());
    const detail = q(view.root, 'session-detail-row')!;
    expect(detail.querySelector('[data-score-model="frustration"]')!.textContent).toContain('points10 110');
  });

  it('sorts and filters by rewriting the hash', async () => {
    const api = stubApi(() => ({ sessions: [summary('s-1')] }));
    const view = await mount(<SessionsView api={api} route={parseHash('#/sessions?sort=frustration&page=2')} />);
    unmount = view.unmount;
    await settle();
    await act(() => view.root.querySelector<HTMLButtonElement>('[data-sort="frustration"]')!.click());
    expect(parseHash(location.hash).params.toString()).toBe('sort=frustration&order=asc');
    await act(() => view.root.querySelector<HTMLButtonElement>('[data-sort="engagement"]')!.click());
    expect(parseHash(location.hash).params.get('sort')).toBe('engagement');
    await act(() => view.root.querySelector<HTMLInputElement>('input[value="dead_click"]')!.click());
    expect(parseHash(location.hash).params.get('signal')).toBe('dead_click');
  });

  it('goes back to the first page when the segment bar changes the scope', async () => {
    const api = stubApi(() => ({ sessions: [summary('s-1')] }));
    const view = await mount(<SessionsView api={api} route={parseHash('#/sessions?page=2&sort=events')} />);
    unmount = view.unmount;
    await settle();
    expect(api.calls[0]!.params.offset).toBe(100);
    await act(() => render(<SessionsView api={api} route={parseHash('#/sessions?page=2&sort=events&device=mobile')} />, view.root));
    expect(parseHash(location.hash).params.toString()).toBe('sort=events&device=mobile');
  });

  it('says when nothing matches and shows API errors', async () => {
    const empty = await mount(<SessionsView api={stubApi(() => ({ sessions: [] }))} route={parseHash('#/sessions')} />);
    await settle();
    expect(q(empty.root, 'sessions-empty')).not.toBeNull();
    empty.unmount();
    const failing = await mount(
      <SessionsView api={stubApi(() => new ApiError(400, 'SL_ERR_VALIDATION', 'sort: must be a score id'))} route={parseHash('#/sessions')} />,
    );
    await settle();
    expect(q(failing.root, 'sessions-status')!.dataset.state).toBe('error');
    expect(failing.root.querySelector('[role="alert"]')!.textContent).toBe('SL_ERR_VALIDATION: sort: must be a score id');
    failing.unmount();
  });
});
