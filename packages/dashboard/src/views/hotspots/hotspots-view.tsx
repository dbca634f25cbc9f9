import { useMemo } from 'preact/hooks';
import { SegmentBar, withParam } from '../../components/segment-bar';
import { useLoad } from '../../heat/use-load';
import { href } from '../../state/router';
import { keepParams, scopeParams } from '../../state/segments';
import type { ViewProps } from '../view-props';
import { ELEMENT_SIGNALS, loadHotspots, type ElementSignal, type Hotspot } from './hotspot-rows';

const LABELS: Record<ElementSignal, string> = { rage_click: 'Rage', dead_click: 'Dead', error_click: 'Error' };

/** `#/hotspots?signal=rage_click`: the elements with the most rage, dead and error clicks, site-wide. */
export function HotspotsView({ api, route }: ViewProps) {
  const signalParam = route.params.get('signal');
  const only = ELEMENT_SIGNALS.find((s) => s === signalParam);
  const signals = only ? [only] : [...ELEMENT_SIGNALS];
  const hash = route.params.toString();
  const scopeKey = useMemo(() => new URLSearchParams(keepParams(new URLSearchParams(hash)) as Record<string, string>).toString(), [hash]);
  const scope = useMemo(() => scopeParams(new URLSearchParams(scopeKey)), [scopeKey]);
  const load = useLoad(`${scopeKey}|${signals.join(',')}`, () => loadHotspots(api, scope, signals));
  const kept = keepParams(route.params);

  return (
    <section class="hotspots-view" data-testid="hotspots-view" data-state={load.status === 'done' ? 'ready' : load.status}>
      <h1>Frustration hot spots</h1>
      <SegmentBar route={route} />
      <div class="toolbar">
        <div class="heat-choice" role="group" aria-label="Signal">
          <button type="button" aria-pressed={!only} data-signal="" onClick={() => (location.hash = withParam(route, 'signal', ''))}>
            All
          </button>
          {ELEMENT_SIGNALS.map((signal) => (
            <button key={signal} type="button" data-signal={signal} aria-pressed={only === signal} onClick={() => (location.hash = withParam(route, 'signal', signal))}>
              {LABELS[signal]} clicks
            </button>
          ))}
        </div>
        {load.status === 'done' && (
          <span class="muted">
            {load.data.rows.length} elements on {load.data.paths} page{load.data.paths === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {load.status === 'error' && <p class="error">{load.message}</p>}
      {load.status === 'loading' && <p class="muted">Loading…</p>}
      {load.status === 'done' &&
        (load.data.rows.length === 0 ? (
          <p class="muted">No rage, dead or error clicks in this range and segment.</p>
        ) : (
          <HotspotTable rows={load.data.rows} signals={signals} kept={kept} />
        ))}
    </section>
  );
}

function HotspotTable({ rows, signals, kept }: { rows: readonly Hotspot[]; signals: readonly ElementSignal[]; kept: Record<string, string | undefined> }) {
  return (
    <table class="hotspot-table" data-testid="hotspots-table">
      <thead>
        <tr>
          <th>Element</th>
          <th>Page</th>
          {signals.map((signal) => (
            <th key={signal} class="num">
              {LABELS[signal]}
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.path} ${row.selector}`} data-selector={row.selector} data-path={row.path}>
            <td class="hotspot-element" title={row.text ?? row.selector}>
              <code>{row.selector}</code>
              {row.text && <span class="muted"> “{row.text}”</span>}
            </td>
            <td class="hotspot-path">{row.path}</td>
            {signals.map((signal) => (
              <td key={signal} class="num">
                {row.counts[signal] > 0 ? (
                  <a
                    href={href('sessions', undefined, { ...kept, signal, url: row.path })}
                    data-link="sessions"
                    data-signal={signal}
                    title={`${row.sessions[signal]} session${row.sessions[signal] === 1 ? '' : 's'} with ${LABELS[signal].toLowerCase()} clicks on ${row.path}`}
                  >
                    <span class={`badge ${signal}`}>{row.counts[signal]}</span>
                  </a>
                ) : (
                  <span class="muted">0</span>
                )}
              </td>
            ))}
            <td>
              <a href={href('heatmap', undefined, { ...kept, url: row.path, mode: 'clicks', el: row.selector })} data-link="heatmap">
                Heatmap
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
