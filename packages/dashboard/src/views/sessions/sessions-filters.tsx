import { useEffect, useState } from 'preact/hooks';
import { FRUSTRATION_SIGNALS, type FrustrationSignal } from '../../api/types';
import { SIGNAL_LABELS } from '../../components/signal-badges';
import type { SessionsFilter } from './sessions-query';

/** URL and signal filters (the segment bar holds the time range); each change becomes a hash change. */
export function SessionsFilters(props: {
  filter: SessionsFilter;
  onChange(changes: Record<string, string | undefined>): void;
  onRefresh(): void;
}) {
  const { filter, onChange, onRefresh } = props;
  const [url, setUrl] = useState(filter.url);
  useEffect(() => setUrl(filter.url), [filter.url]);

  const toggle = (signal: FrustrationSignal, on: boolean) => {
    const next = FRUSTRATION_SIGNALS.filter((name) => (name === signal ? on : filter.signals.includes(name)));
    onChange({ signal: next.join(',') });
  };

  return (
    <div class="toolbar sessions-filters">
      <form
        class="url-filter"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ url: url.trim() });
        }}
      >
        <input
          type="search"
          name="url"
          aria-label="URL filter"
          data-testid="sessions-url-filter"
          placeholder="URL: /pricing, /blog/*, https://shop.example/cart"
          value={url}
          onInput={(event) => setUrl(event.currentTarget.value)}
        />
        <button type="submit">Filter</button>
      </form>
      <fieldset class="signal-filter" data-testid="sessions-signal-filter">
        <legend class="muted">With</legend>
        {FRUSTRATION_SIGNALS.map((signal) => (
          <label key={signal} class={`chip ${signal}`}>
            <input type="checkbox" value={signal} checked={filter.signals.includes(signal)} onChange={(event) => toggle(signal, event.currentTarget.checked)} />
            {SIGNAL_LABELS[signal]}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={onRefresh}>
        Refresh
      </button>
    </div>
  );
}
