/** A 0–100 score as a number over a thin bar; warning colours when a high value is bad news. */
export function ScoreMeter({ value, highIsBad }: { value: number | undefined; highIsBad: boolean }) {
  if (value === undefined) return <span class="muted">–</span>;
  const clamped = Math.max(0, Math.min(100, value));
  const level = highIsBad ? (clamped >= 60 ? 'bad' : clamped >= 30 ? 'warn' : 'ok') : 'neutral';
  return (
    <span class={`score-meter ${level}`} title={String(value)}>
      <span class="score-meter-value">{Math.round(value)}</span>
      <span class="score-meter-track">
        <span class="score-meter-fill" style={{ width: `${clamped}%` }} />
      </span>
    </span>
  );
}
