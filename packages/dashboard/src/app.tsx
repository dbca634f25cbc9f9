import { useState } from 'preact/hooks';
import { createApi, type Api } from './api/client';
import { Login } from './components/login';
import { loadReadKey, saveReadKey } from './state/read-key';
import { href, useRoute } from './state/router';
import { keepParams } from './state/segments';
import { HeatmapView } from './views/heatmap/heatmap-view';
import { HotspotsView } from './views/hotspots/hotspots-view';
import { LiveView } from './views/live/live-view';
import { SessionView } from './views/session/session-view';
import { SessionsView } from './views/sessions/sessions-view';
import { TrendsView } from './views/trends/trends-view';
import type { ViewProps } from './views/view-props';

const VIEWS: Record<string, { title: string; component: (props: ViewProps) => preact.JSX.Element; nav: boolean }> = {
  sessions: { title: 'Sessions', component: SessionsView, nav: true },
  session: { title: 'Session', component: SessionView, nav: false },
  heatmap: { title: 'Heatmaps', component: HeatmapView, nav: true },
  trends: { title: 'Trends', component: TrendsView, nav: true },
  hotspots: { title: 'Hot spots', component: HotspotsView, nav: true },
  live: { title: 'Live', component: LiveView, nav: true },
};

export function App() {
  const [api, setApi] = useState<Api | null>(() => {
    const key = loadReadKey();
    return key ? createApi(key) : null;
  });
  const route = useRoute();

  if (!api) {
    return (
      <Login
        onLogin={(next) => {
          saveReadKey(next.key);
          setApi(next);
        }}
      />
    );
  }
  const view = VIEWS[route.view] ?? VIEWS.sessions!;
  const View = view.component;
  const kept = keepParams(route.params);
  return (
    <div class="shell">
      <header class="topbar">
        <a class="brand" href={href('sessions', undefined, kept)}>
          Sightline
        </a>
        <nav aria-label="Views">
          {Object.entries(VIEWS)
            .filter(([, entry]) => entry.nav)
            .map(([name, entry]) => (
              <a key={name} href={href(name, undefined, kept)} aria-current={route.view === name ? 'page' : undefined}>
                {entry.title}
              </a>
            ))}
        </nav>
        <button
          class="link"
          type="button"
          onClick={() => {
            saveReadKey(null);
            setApi(null);
          }}
        >
          Sign out
        </button>
      </header>
      <main class="content" data-view={route.view}>
        <View api={api} route={route} />
      </main>
    </div>
  );
}
