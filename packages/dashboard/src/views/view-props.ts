import type { Api } from '../api/client';
import type { Route } from '../state/router';

/** What every top-level view gets: the read API and the parsed hash route. */
export interface ViewProps {
  api: Api;
  route: Route;
}
