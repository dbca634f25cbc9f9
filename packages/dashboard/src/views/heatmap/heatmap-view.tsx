import type { ViewProps } from '../view-props';

export function HeatmapView(_props: ViewProps) {
  return <h1>Heatmaps</h1>;
}
