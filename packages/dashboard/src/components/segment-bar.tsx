import { useEffect, useState } from 'preact/hooks';
import { DEVICE_CLASSES } from '../api/types';
import { href, type Route } from '../state/router';
import { DEFAULT_RANGE, RANGES, type SegmentKey } from '../state/segments';

/** The route's hash with one parameter changed (empty removes it); view, id and other params stay. */
export function withParam(route: Route, name: string, value: string): string {
  const params: Record<string, string> = {};
  route.params.forEach((current, key) => {
    params[key] = current;
  });
  if (value === '') delete params[name];
  else params[name] = value;
  return href(route.view, route.id, params);
}

function setParam(route: Route, name: string, value: string): void {
  location.hash = withParam(route, name, value.trim());
}

const CHOICES: Array<{ key: SegmentKey; label: string; options: readonly string[] }> = [
  { key: 'device', label: 'Device', options: DEVICE_CLASSES },
  { key: 'pointer', label: 'Pointer', options: ['coarse', 'fine'] },
  { key: 'visitor', label: 'Visitor', options: ['new', 'returning'] },
];

const TEXTS: Array<{ key: SegmentKey; label: string; placeholder: string }> = [
  { key: 'utmSource', label: 'UTM source', placeholder: 'any source' },
  { key: 'utmMedium', label: 'UTM medium', placeholder: 'any medium' },
  { key: 'utmCampaign', label: 'UTM campaign', placeholder: 'any campaign' },
  { key: 'referrer', label: 'Referrer', placeholder: 'domain or direct' },
  { key: 'country', label: 'Country', placeholder: 'e.g. DE' },
];

/** A free-text filter applied on Enter or when it loses focus, so typing does not re-query per key. */
function TextFilter({ route, name, label, placeholder }: { route: Route; name: string; label: string; placeholder: string }) {
  const current = route.params.get(name) ?? '';
  const [draft, setDraft] = useState(current);
  useEffect(() => setDraft(current), [current]);
  const apply = () => {
    if (draft.trim() !== current) setParam(route, name, draft);
  };
  return (
    <label class="segment-field">
      <span>{label}</span>
      <input
        name={name}
        data-segment={name}
        value={draft}
        placeholder={placeholder}
        size={10}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
    </label>
  );
}

/**
 * Time range and segment controls. Every change rewrites the hash parameters, so the view that
 * shows the bar re-queries and the link stays shareable.
 */
export function SegmentBar({ route }: { route: Route }) {
  const range = route.params.get('range') ?? DEFAULT_RANGE;
  const active = [...CHOICES, ...TEXTS].filter(({ key }) => route.params.has(key));
  return (
    <form class="segment-bar toolbar" data-testid="segment-bar" aria-label="Segment" onSubmit={(event) => event.preventDefault()}>
      <div class="segment-ranges" role="group" aria-label="Time range">
        {Object.keys(RANGES).map((name) => (
          <button
            key={name}
            type="button"
            data-range={name}
            aria-pressed={range === name}
            onClick={() => setParam(route, 'range', name === DEFAULT_RANGE ? '' : name)}
          >
            {name}
          </button>
        ))}
      </div>
      {CHOICES.map(({ key, label, options }) => (
        <label key={key} class="segment-field">
          <span>{label}</span>
          <select name={key} data-segment={key} value={route.params.get(key) ?? ''} onChange={(event) => setParam(route, key, event.currentTarget.value)}>
            <option value="">any</option>
            {options.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </label>
      ))}
      {TEXTS.map(({ key, label, placeholder }) => (
        <TextFilter key={key} route={route} name={key} label={label} placeholder={placeholder} />
      ))}
      {active.length > 0 && (
        <button
          type="button"
          class="link"
          data-segment-clear
          onClick={() => {
            let next = route;
            for (const { key } of active) next = { ...next, params: withoutParam(next.params, key) };
            location.hash = href(next.view, next.id, Object.fromEntries(next.params));
          }}
        >
          Clear segment
        </button>
      )}
    </form>
  );
}

function withoutParam(params: URLSearchParams, name: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(name);
  return next;
}
