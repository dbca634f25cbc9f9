import type { ViewProps } from '../view-props';

export function HotspotsView(_props: ViewProps) {
  return <h1>Frustration hot spots</h1>;
}
