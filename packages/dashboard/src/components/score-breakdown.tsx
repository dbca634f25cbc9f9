import { groupScoreProps } from '../api/scores';

function show(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, '');
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Every field of a score event's props, one row per model. */
export function ScoreBreakdown({ props }: { props: Record<string, unknown> }) {
  const groups = groupScoreProps(props);
  if (groups.length === 0) return <p class="muted">This session sent no score.</p>;
  return (
    <dl class="score-breakdown" data-testid="score-breakdown">
      {groups.map(({ model, fields }) => (
        <div key={model} class="score-breakdown-row" data-score-model={model}>
          <dt>{model}</dt>
          <dd>
            {fields.map(([field, value]) => (
              <span key={field} class="score-field">
                <span class="muted">{field}</span> {show(value)}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
