import { useMemo } from 'preact/hooks';
import { COMPOSITE_SCORES } from '../../api/scores';
import type { StoredEvent } from '../../api/types';
import { ScoreBreakdown } from '../../components/score-breakdown';
import { ScoreSparkline } from '../../components/score-sparkline';
import { latestScoreProps, scoreHistory } from './score-history';

/** The composite scores over the session, and every field of the latest score event. */
export function SessionScores(props: { events: readonly StoredEvent[]; from: number; to: number; onSeek(ts: number): void }) {
  const { events, from, to, onSeek } = props;
  const history = useMemo(() => scoreHistory(events), [events]);
  const latest = useMemo(() => latestScoreProps(events), [events]);
  return (
    <div class="panel session-scores" data-testid="session-scores">
      <h2>Scores over time</h2>
      {COMPOSITE_SCORES.map((score) => (
        <ScoreSparkline key={score.id} label={score.label} points={history[score.id] ?? []} from={from} to={to} highIsBad={score.highIsBad} onSeek={onSeek} />
      ))}
      <h2>Latest scores</h2>
      {latest ? <ScoreBreakdown props={latest} /> : <p class="muted">This session sent no score.</p>}
    </div>
  );
}
