import type { ViewProps } from '../view-props';

export function SessionsView(_props: ViewProps) {
  return <h1>Sessions</h1>;
}
