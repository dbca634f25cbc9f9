import { useCallback, useMemo, useState } from 'preact/hooks';
import { DEVICE_CLASSES, type DeviceClass } from '../../api/types';
import { HeatElementTable } from '../../components/heat-element-table';
import { HeatPage } from '../../components/heat-page';
import { SegmentBar, withParam } from '../../components/segment-bar';
import { useLoad } from '../../heat/use-load';
import { href } from '../../state/router';
import { keepParams, scopeParams } from '../../state/segments';
import type { ViewProps } from '../view-props';
import { HEAT_MODES, loadHeatLayer, type HeatLayer, type HeatMode } from './heat-layer';
import { loadPagePaths } from './page-paths';
import { UrlPicker } from './url-picker';

const MODE_LABELS: Record<HeatMode, string> = { clicks: 'Clicks', moves: 'Moves', scroll: 'Scroll map' };

/** `#/heatmap?url=/path&device=desktop&mode=clicks|moves|scroll[&el=<selector>]` */
export function HeatmapView({ api, route }: ViewProps) {
  const url = route.params.get('url') ?? '';
  const deviceParam = route.params.get('device');
  const device: DeviceClass = DEVICE_CLASSES.includes(deviceParam as DeviceClass) ? (deviceParam as DeviceClass) : 'desktop';
  const modeParam = route.params.get('mode');
  const mode: HeatMode = HEAT_MODES.includes(modeParam as HeatMode) ? (modeParam as HeatMode) : 'clicks';
  const selectedParam = route.params.get('el');

  // The range ends "now" when the hash changes, not at every render.
  const hash = route.params.toString();
  const scopeKey = useMemo(() => {
    const params = new URLSearchParams(hash);
    for (const name of ['url', 'mode', 'el']) params.delete(name);
    return params.toString();
  }, [hash]);
  const scope = useMemo(() => scopeParams(new URLSearchParams(scopeKey)), [scopeKey]);

  const paths = useLoad(scopeKey, () => loadPagePaths(api, scope));
  const layer = useLoad(url ? `${mode}|${device}|${url}|${scopeKey}` : null, () => loadHeatLayer(api, mode, url, device, scope));
  const [drawn, setDrawn] = useState<HeatLayer | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const onDrawn = useCallback((done: HeatLayer) => setDrawn(done), []);

  const data = layer.status === 'done' ? layer.data : null;
  const ready = data !== null && drawn === data;
  const go = (name: string, value: string) => {
    location.hash = withParam(route, name, value);
  };
  const sessionsHref = (signal: string) => href('sessions', undefined, { ...keepParams(route.params), signal, url });

  return (
    <section class="heat-view" data-testid="heatmap-view" data-state={!url ? 'empty' : layer.status === 'error' ? 'error' : ready ? 'ready' : 'loading'} data-mode={mode}>
      <h1>Heatmaps</h1>
      <SegmentBar route={route} />
      <div class="toolbar heat-toolbar">
        <UrlPicker value={url} paths={paths.status === 'done' ? paths.data : []} onPick={(next) => (location.hash = withParam({ ...route, params: withoutSelection(route.params) }, 'url', next))} />
        <div class="heat-choice" role="group" aria-label="Viewport class">
          {DEVICE_CLASSES.map((d) => (
            <button key={d} type="button" data-device={d} aria-pressed={device === d} onClick={() => go('device', d)}>
              {d}
            </button>
          ))}
        </div>
        <div class="heat-choice" role="group" aria-label="Mode">
          {HEAT_MODES.map((m) => (
            <button key={m} type="button" data-mode={m} aria-pressed={mode === m} onClick={() => go('mode', m)}>
              {MODE_LABELS[m]}
            </button>
          ))}
        </div>
        {data && <span class="muted heat-total">{summary(data)}</span>}
      </div>
      {!url ? (
        <EmptyPicker paths={paths.status === 'done' ? paths.data : []} route={route} />
      ) : (
        <div class={`heat-body heat-body-${mode}`}>
          <HeatPage
            api={api}
            url={url}
            device={device}
            scope={scope}
            scopeKey={scopeKey}
            layer={data}
            highlight={hovered ?? selectedParam}
            focus={selectedParam}
            onDrawn={onDrawn}
          />
          {mode === 'clicks' && (
            <aside class="heat-side">
              <h2>Elements</h2>
              {layer.status === 'error' && <p class="error">{layer.message}</p>}
              {data?.mode === 'clicks' ? (
                <HeatElementTable rows={data.rows} selected={selectedParam} onHover={setHovered} onSelect={(selector) => go('el', selector ?? '')} sessionsHref={sessionsHref} />
              ) : (
                layer.status === 'loading' && <p class="muted">Loading…</p>
              )}
            </aside>
          )}
          {mode !== 'clicks' && layer.status === 'error' && <p class="error">{layer.message}</p>}
        </div>
      )}
    </section>
  );
}

function withoutSelection(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('el');
  return next;
}

function summary(layer: HeatLayer): string {
  if (layer.mode === 'scroll') return `${layer.sessions} session${layer.sessions === 1 ? '' : 's'} on this page`;
  const noun = layer.mode === 'clicks' ? 'click' : 'pointer sample';
  return `${layer.total} ${noun}${layer.total === 1 ? '' : 's'}`;
}

/** Before a page is chosen: the busiest pages, one click away. */
function EmptyPicker({ paths, route }: { paths: ReadonlyArray<{ path: string; sessions: number }>; route: ViewProps['route'] }) {
  if (paths.length === 0) return <p class="muted">Pick a page above to see where visitors click, move and how far they scroll.</p>;
  return (
    <div class="panel">
      <h2>Busiest pages</h2>
      <ul class="heat-paths">
        {paths.slice(0, 15).map((p) => (
          <li key={p.path}>
            <a href={withParam(route, 'url', p.path)}>{p.path}</a> <span class="muted">{p.sessions} sessions</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
