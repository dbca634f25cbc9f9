import type { Ref } from 'preact';
import type { ElementSpot } from '../heat/page-layout';
import type { HeatLayer } from '../views/heatmap/heat-layer';
import type { PageGeometry } from './heat-page';

/** How many element labels a blank page gets before they crowd each other out. */
const MAX_LABELS = 15;

export interface HeatMarksProps {
  geometry: PageGeometry;
  scale: number;
  layer: HeatLayer | null;
  /** Labels at click positions (the screenshot-free page only). */
  labels: readonly ElementSpot[];
  box: { x: number; y: number; width: number; height: number } | null;
  boxRef: Ref<HTMLDivElement>;
  selected: boolean;
}

const px = (value: number) => `${Math.round(value * 100) / 100}px`;

/** What is drawn over the page besides the heat: the fold, scroll reach labels, element labels, the outline. */
export function HeatMarks({ geometry, scale, layer, labels, box, boxRef, selected }: HeatMarksProps) {
  const fold = geometry.viewportHeight * scale;
  return (
    <div class="heat-marks" aria-hidden={box ? undefined : 'true'}>
      {fold < geometry.docHeight * scale && (
        <div class="heat-fold" data-testid="heatmap-fold" style={{ top: px(fold) }}>
          <span>fold · {geometry.viewportHeight} px</span>
        </div>
      )}
      {layer?.mode === 'scroll' &&
        layer.depths.map((d) => (
          <div key={d.depth} class={`heat-depth${d.depth >= 95 ? ' heat-depth-end' : ''}`} data-depth={d.depth} style={{ top: px((d.depth / 100) * geometry.docHeight * scale) }}>
            <span>
              {d.depth}% of the page · <strong>{Math.round(d.share * 100)}%</strong> of sessions
            </span>
          </div>
        ))}
      {layer?.mode === 'clicks' &&
        [...labels]
          .sort((a, b) => b.clicks - a.clicks)
          .slice(0, MAX_LABELS)
          .map((spot) => (
            <div key={spot.selector} class={`heat-label${spot.y * scale < 24 ? ' heat-label-below' : ''}`} data-selector={spot.selector} style={{ left: px(spot.x * scale), top: px(spot.y * scale) }}>
              {spot.selector}
            </div>
          ))}
      {box && (
        <div
          ref={boxRef}
          class={`heat-outline${selected ? ' heat-outline-selected' : ''}`}
          data-testid="heatmap-highlight"
          style={{ left: px(box.x * scale - 3), top: px(box.y * scale - 3), width: px(box.width * scale + 6), height: px(box.height * scale + 6) }}
        />
      )}
    </div>
  );
}
