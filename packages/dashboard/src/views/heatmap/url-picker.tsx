import { useEffect, useState } from 'preact/hooks';
import type { PagePath } from './page-paths';

/** Free-text URL or path pattern, with the busiest recent paths as suggestions. */
export function UrlPicker({ value, paths, onPick }: { value: string; paths: readonly PagePath[]; onPick(url: string): void }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const pick = () => {
    const next = draft.trim();
    if (next !== value) onPick(next);
  };
  return (
    <form
      class="heat-url"
      aria-label="Page"
      onSubmit={(event) => {
        event.preventDefault();
        pick();
      }}
    >
      <label>
        <span>Page</span>
        <input
          name="url"
          data-testid="heatmap-url"
          list="heat-url-suggestions"
          placeholder="/path, /blog/*, or a full URL"
          value={draft}
          size={32}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onChange={pick}
        />
      </label>
      <datalist id="heat-url-suggestions">
        {paths.map((p) => (
          <option key={p.path} value={p.path}>
            {`${p.sessions} sessions`}
          </option>
        ))}
      </datalist>
      <button type="submit">Show</button>
    </form>
  );
}
