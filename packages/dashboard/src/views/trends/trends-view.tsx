import type { ViewProps } from '../view-props';

export function TrendsView(_props: ViewProps) {
  return <h1>Trends</h1>;
}
