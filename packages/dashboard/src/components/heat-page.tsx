import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Api, QueryParams } from '../api/client';
import type { DeviceClass } from '../api/types';
import { drawHeat } from '../heat/draw-heat';
import { extent } from '../heat/heat-points';
import { sampleLayout, TYPICAL_VIEWPORT, type PageLayout } from '../heat/page-layout';
import { fetchPageSnapshot, type PageSnapshot } from '../heat/page-snapshot';
import { rebuildPage, type RebuiltPage } from '../heat/rebuild-page';
import { drawScrollBand } from '../heat/scroll-band';
import type { HeatLayer } from '../views/heatmap/heat-layer';
import { HeatMarks } from './heat-marks';

export interface HeatPageProps {
  api: Api;
  url: string;
  device: DeviceClass;
  scope: QueryParams;
  /** Changes when the segment or range does; the fallback's shape is re-read then. */
  scopeKey: string;
  layer: HeatLayer | null;
  /** Selector to outline (hovered or selected row). */
  highlight: string | null;
  /** Selector to scroll into view (a selected row). */
  focus: string | null;
  onDrawn(layer: HeatLayer): void;
}

/** The page's geometry in page px, however it was obtained. */
export interface PageGeometry {
  width: number;
  viewportHeight: number;
  docHeight: number;
}

type Snapshot = { status: 'loading' } | { status: 'none'; reason: string } | { status: 'found'; snapshot: PageSnapshot };

/** Fits the page into the panel; never scales up past the recorded size. */
function usePanelWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const style = getComputedStyle(element);
      setWidth(element.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return width;
}

/**
 * A page as visitors saw it (rebuilt from a recorded snapshot inside a script-free iframe), or a
 * blank page of the same shape when none was recorded, with the heat drawn over it at one scale.
 */
export function HeatPage({ api, url, device, scope, scopeKey, layer, highlight, focus, onDrawn }: HeatPageProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const focusRef = useRef<HTMLDivElement>(null);
  const panelWidth = usePanelWidth(panelRef);

  const [snapshot, setSnapshot] = useState<Snapshot>({ status: 'loading' });
  const [rebuilt, setRebuilt] = useState<RebuiltPage | null>(null);
  const [rebuiltHeight, setRebuiltHeight] = useState(0);
  const [layout, setLayout] = useState<PageLayout | null>(null);

  useEffect(() => {
    let current = true;
    setSnapshot({ status: 'loading' });
    fetchPageSnapshot(api, url, device).then(
      (found) => current && setSnapshot(found ? { status: 'found', snapshot: found } : { status: 'none', reason: 'No snapshot of this page was recorded at this viewport class.' }),
      (error: unknown) => current && setSnapshot({ status: 'none', reason: `The recorded page could not be loaded (${error instanceof Error ? error.message : String(error)}).` }),
    );
    return () => {
      current = false;
    };
  }, [api, url, device]);

  useEffect(() => {
    setRebuilt(null);
    const stage = stageRef.current;
    if (snapshot.status !== 'found' || !stage) return;
    let current = true;
    let page: RebuiltPage | null = null;
    let stopWatching = () => {};
    const { width, height } = snapshot.snapshot;
    rebuildPage(stage, snapshot.snapshot.events, { width, height }).then(
      (done) => {
        page = done;
        if (!current) {
          done.destroy();
          return;
        }
        setRebuiltHeight(done.docHeight);
        setRebuilt(done);
        stopWatching = done.watchHeight(setRebuiltHeight);
      },
      (error: unknown) => current && setSnapshot({ status: 'none', reason: `The recorded page could not be rebuilt (${error instanceof Error ? error.message : String(error)}).` }),
    );
    return () => {
      current = false;
      stopWatching();
      page?.destroy();
      stage.replaceChildren();
    };
  }, [snapshot]);

  const fallback = snapshot.status === 'none';
  useEffect(() => {
    setLayout(null);
    if (!fallback) return;
    let current = true;
    const typical = TYPICAL_VIEWPORT[device];
    sampleLayout(api, url, device, scope).then(
      (found) => current && setLayout(found),
      () => current && setLayout({ width: typical.width, viewportHeight: typical.height, docHeight: typical.height, spots: [], sampled: 0 }),
    );
    return () => {
      current = false;
    };
  }, [api, url, device, scopeKey, fallback]);

  const geometry = useMemo<PageGeometry | null>(() => {
    if (snapshot.status === 'found' && rebuilt) {
      return { width: snapshot.snapshot.width, viewportHeight: snapshot.snapshot.height, docHeight: rebuiltHeight || rebuilt.docHeight };
    }
    if (!fallback || !layout) return null;
    // Without a recording, the page is at least as long as its lowest heat.
    const reach = layer && layer.mode !== 'scroll' ? extent(layer.cells, layer.cell) : { width: 0, height: 0 };
    return { width: layout.width, viewportHeight: layout.viewportHeight, docHeight: Math.max(layout.docHeight, reach.height + 40) };
  }, [snapshot, rebuilt, rebuiltHeight, fallback, layout, layer]);

  const sizing = geometry ?? (snapshot.status === 'found' ? { width: snapshot.snapshot.width, viewportHeight: snapshot.snapshot.height, docHeight: snapshot.snapshot.height } : null);
  const scale = sizing && panelWidth > 0 ? Math.min(1, panelWidth / sizing.width) : 1;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !geometry || !layer) return;
    const page = { width: geometry.width, height: geometry.docHeight, scale };
    if (layer.mode === 'scroll') drawScrollBand(canvas, layer.depths, page);
    else drawHeat(canvas, { cells: layer.cells, cell: layer.cell, ...page });
    onDrawn(layer);
  }, [geometry, layer, scale]);

  const box = useMemo(() => {
    if (!highlight || !geometry) return null;
    if (rebuilt) return rebuilt.locate(highlight);
    const spot = layout?.spots.find((s) => s.selector === highlight);
    if (!spot) return null;
    return spot.rect ?? { x: spot.x - 14, y: spot.y - 14, width: 28, height: 28 };
  }, [highlight, geometry, rebuilt, layout]);

  useEffect(() => {
    if (focus && focus === highlight) focusRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [focus, box]);

  const isRebuilt = Boolean(rebuilt);
  return (
    <div class="heat-panel" ref={panelRef}>
      <div
        class={`heat-page${fallback ? ' heat-page-blank' : ''}`}
        data-testid="heatmap-page"
        data-rebuilt={String(isRebuilt)}
        style={sizing ? { width: `${sizing.width * scale}px`, height: `${sizing.docHeight * scale}px` } : undefined}
      >
        <div
          class="heat-stage"
          ref={stageRef}
          style={sizing ? { width: `${sizing.width}px`, height: `${sizing.docHeight}px`, transform: `scale(${scale})` } : undefined}
          hidden={fallback}
        />
        <canvas class={`heat-canvas heat-canvas-${layer?.mode ?? 'none'}`} data-testid="heatmap-canvas" ref={canvasRef} />
        {geometry && (
          <HeatMarks
            geometry={geometry}
            scale={scale}
            layer={layer}
            labels={fallback ? (layout?.spots ?? []) : []}
            box={box}
            boxRef={focusRef}
            selected={focus !== null && focus === highlight}
          />
        )}
        {!geometry && <p class="heat-loading muted">Loading the page…</p>}
      </div>
      <p class="heat-caption muted" data-testid="heatmap-caption">
        {isRebuilt && snapshot.status === 'found'
          ? `Rebuilt from a recorded snapshot (${snapshot.snapshot.width} × ${geometry?.docHeight ?? '…'} px, ${new Date(snapshot.snapshot.ts).toLocaleString()}); scripts never run in it.`
          : fallback
            ? `${snapshot.reason} Screenshot-free view: a blank page of the recorded size${layout && layout.sampled > 0 ? ` (${layout.width} × ${geometry?.docHeight ?? '…'} px, from ${layout.sampled} session${layout.sampled === 1 ? '' : 's'})` : ' (typical size for the device class)'}, with the heat, the fold and element labels at their click positions.`
            : 'Looking for a recorded snapshot of this page…'}
      </p>
    </div>
  );
}
