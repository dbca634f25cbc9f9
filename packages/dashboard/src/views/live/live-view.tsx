import type { ViewProps } from '../view-props';

export function LiveView(_props: ViewProps) {
  return <h1>Live</h1>;
}
