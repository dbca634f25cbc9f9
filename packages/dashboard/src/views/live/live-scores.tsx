import { COMPOSITE_SCORES, scoreValue } from '../../api/scores';
import { ScoreMeter } from '../../components/score-meter';
import { formatTime } from '../../components/time-format';
import { href } from '../../state/router';
import type { LiveScore } from './live-feed';

/** The latest score of each session that scored since the page opened. */
export function LiveScores({ scores, onPickSession }: { scores: readonly LiveScore[]; onPickSession(sessionId: string): void }) {
  return (
    <div class="panel live-scores" data-testid="live-scores">
      <h2>Latest scores</h2>
      {scores.length === 0 ? (
        <p class="muted">No score event yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Session</th>
              {COMPOSITE_SCORES.map((score) => (
                <th key={score.id} class="num" title={score.label}>
                  {score.short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scores.map((score) => (
              <tr key={score.sessionId} data-testid="live-score-row" data-session-id={score.sessionId}>
                <td title={`scored at ${formatTime(score.ts)}`}>
                  <a href={href('session', score.sessionId)}>{score.sessionId.slice(0, 10)}</a>{' '}
                  <button type="button" class="link" title="Show only this session" onClick={() => onPickSession(score.sessionId)}>
                    ⌕
                  </button>
                </td>
                {COMPOSITE_SCORES.map((composite) => (
                  <td key={composite.id} class="num" data-score={composite.id}>
                    <ScoreMeter value={scoreValue(score.props, composite.id)} highIsBad={composite.highIsBad} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
