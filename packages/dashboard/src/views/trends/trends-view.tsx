import { useMemo, useState } from 'preact/hooks';
import { FRUSTRATION_SIGNALS, type FrustrationRateRow } from '../../api/types';
import { SegmentBar, withParam } from '../../components/segment-bar';
import { useLoad } from '../../heat/use-load';
import { keepParams, scopeParams } from '../../state/segments';
import type { ViewProps } from '../view-props';
import { MarkerInput } from './marker-input';
import { SIGNAL_STYLE } from './signal-style';
import { TrendPathCard } from './trend-path-card';
import { defaultInterval, groupByPath, shownSignals } from './trend-series';

const INTERVALS = ['minute', 'hour', 'day'] as const;
const PAGE = 12;

/** `#/trends?interval=day&show=rage_click,dead_click&url=/blog/*&marker=<epoch ms>` */
export function TrendsView({ api, route }: ViewProps) {
  const params = route.params;
  const intervalParam = params.get('interval');
  const interval = INTERVALS.includes(intervalParam as (typeof INTERVALS)[number]) ? (intervalParam as (typeof INTERVALS)[number]) : defaultInterval(params.get('range'));
  const signals = shownSignals(params.get('show'));
  const url = params.get('url') ?? '';
  const markerParam = Number(params.get('marker'));
  const marker = Number.isFinite(markerParam) && markerParam > 0 ? markerParam : null;
  const [shown, setShown] = useState(PAGE);

  const hash = params.toString();
  const scopeKey = useMemo(() => {
    const kept = new URLSearchParams(keepParams(new URLSearchParams(hash)) as Record<string, string>);
    return kept.toString();
  }, [hash]);
  const scope = useMemo(() => scopeParams(new URLSearchParams(scopeKey)), [scopeKey]);
  const rates = useLoad(`${scopeKey}|${interval}|${url}`, () =>
    api.get<{ rows: FrustrationRateRow[] }>('/v1/query/frustration/rates', { ...scope, interval, url: url || undefined }),
  );
  const trends = useMemo(() => (rates.status === 'done' ? groupByPath(rates.data.rows) : []), [rates]);
  const go = (name: string, value: string) => {
    location.hash = withParam(route, name, value);
  };
  const kept = keepParams(params);

  return (
    <section class="trends-view" data-testid="trends-view" data-state={rates.status === 'done' ? 'ready' : rates.status}>
      <h1>Trends</h1>
      <SegmentBar route={route} />
      <div class="toolbar trend-toolbar">
        <form
          class="trend-url"
          onSubmit={(event) => {
            event.preventDefault();
            go('url', String(new FormData(event.currentTarget).get('url') ?? '').trim());
          }}
        >
          <input name="url" type="search" placeholder="all pages, or /blog/*" defaultValue={url} key={url} size={22} aria-label="Pages" />
        </form>
        <div class="heat-choice" role="group" aria-label="Interval">
          {INTERVALS.map((name) => (
            <button key={name} type="button" data-interval={name} aria-pressed={interval === name} onClick={() => go('interval', name)}>
              {name}
            </button>
          ))}
        </div>
        <fieldset class="trend-signals">
          <legend class="muted">Signals</legend>
          {FRUSTRATION_SIGNALS.map((signal) => (
            <label key={signal} class="chip">
              <input
                type="checkbox"
                checked={signals.includes(signal)}
                onChange={(event) => {
                  const next = event.currentTarget.checked ? [...signals, signal] : signals.filter((s) => s !== signal);
                  go('show', FRUSTRATION_SIGNALS.filter((s) => next.includes(s)).join(','));
                }}
              />
              <span class="trend-swatch" style={{ background: SIGNAL_STYLE[signal].color }} />
              {SIGNAL_STYLE[signal].label}
            </label>
          ))}
        </fieldset>
        <MarkerInput marker={marker} onChange={(t) => go('marker', t === null ? '' : String(t))} />
      </div>
      <p class="muted trend-hint">
        Rates are the share of a page’s sessions with the signal in each {interval}. Set the “change shipped” marker (or click a chart) to compare
        before and after.
      </p>
      {rates.status === 'error' && <p class="error">{rates.message}</p>}
      {rates.status === 'loading' && <p class="muted">Loading…</p>}
      {rates.status === 'done' && trends.length === 0 && <p class="muted">No page views in this range and segment.</p>}
      <div class="trend-grid">
        {trends.slice(0, shown).map((trend) => (
          <TrendPathCard
            key={trend.path}
            api={api}
            trend={trend}
            signals={signals}
            scope={scope}
            scopeKey={scopeKey}
            from={Number(scope.from)}
            to={Number(scope.to)}
            marker={marker}
            onMarker={(t) => go('marker', String(t))}
            kept={kept}
          />
        ))}
      </div>
      {trends.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, trends.length - shown)} more pages
        </button>
      )}
    </section>
  );
}
