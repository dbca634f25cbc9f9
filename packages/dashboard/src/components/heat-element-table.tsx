import type { ElementRow } from '../heat/element-rows';

export interface HeatElementTableProps {
  rows: readonly ElementRow[];
  selected: string | null;
  onHover(selector: string | null): void;
  onSelect(selector: string | null): void;
  /** Link to the sessions with this signal on the page. */
  sessionsHref(signal: string): string;
}

/** Elements of the page by clicks, with rage, dead and error clicks on them; rows light the element up. */
export function HeatElementTable({ rows, selected, onHover, onSelect, sessionsHref }: HeatElementTableProps) {
  if (rows.length === 0) return <p class="muted" data-testid="heatmap-elements">No clicked elements on this page in this segment.</p>;
  const count = (value: number, signal: string) =>
    value > 0 ? (
      <a href={sessionsHref(signal)} onClick={(event) => event.stopPropagation()} title="Sessions with this signal on this page">
        {value}
      </a>
    ) : (
      <span class="muted">0</span>
    );
  return (
    <table class="heat-elements" data-testid="heatmap-elements" onMouseLeave={() => onHover(null)}>
      <thead>
        <tr>
          <th>Element</th>
          <th class="num">Clicks</th>
          <th class="num">Rage</th>
          <th class="num">Dead</th>
          <th class="num">Error</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.selector}
            data-selector={row.selector}
            aria-selected={selected === row.selector}
            tabIndex={0}
            onMouseEnter={() => onHover(row.selector)}
            onFocus={() => onHover(row.selector)}
            onClick={() => onSelect(selected === row.selector ? null : row.selector)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(selected === row.selector ? null : row.selector);
              }
            }}
          >
            <td class="heat-selector" title={row.text ? `${row.selector}\n“${row.text}”` : row.selector}>
              <code>{row.selector}</code>
              {row.text && <span class="muted"> {row.text}</span>}
            </td>
            <td class="num">{row.clicks}</td>
            <td class="num">{count(row.rage, 'rage_click')}</td>
            <td class="num">{count(row.dead, 'dead_click')}</td>
            <td class="num">{count(row.error, 'error_click')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
