import type { ViewProps } from '../view-props';

export function SessionView(_props: ViewProps) {
  return <h1>Session</h1>;
}
