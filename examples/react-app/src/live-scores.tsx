import { useScores } from '@sightline/react';

/** The snapshot holds one number per model id, and detail fields as `id.field`; this shows the former. */
const modelIds = (scores: Readonly<Record<string, number>>) => Object.keys(scores).filter((key) => !key.includes('.')).sort();

/** Every model's live score from the client's snapshot, re-rendered as they change. */
export function LiveScores() {
  const scores = useScores();
  const ids = modelIds(scores);
  return (
    <aside data-testid="live-scores" aria-live="polite">
      <h2>Live scores</h2>
      {ids.length === 0 ? (
        <p data-testid="no-scores">No scores yet: move the pointer, scroll or click, and they appear within a second.</p>
      ) : (
        <dl>
          {ids.map((id) => (
            <div key={id} data-testid={`score-${id}`}>
              <dt>{id}</dt>
              <dd>{Math.round(scores[id]! * 100) / 100}</dd>
            </div>
          ))}
        </dl>
      )}
    </aside>
  );
}
