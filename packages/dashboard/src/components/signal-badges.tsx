import { FRUSTRATION_SIGNALS } from '../api/types';

export const SIGNAL_LABELS: Record<string, string> = {
  rage_click: 'Rage click',
  dead_click: 'Dead click',
  error_click: 'Error click',
  quick_back: 'Quick back',
  form_abandon: 'Form abandon',
};

/** One badge per frustration signal the session had, with its count. */
export function SignalBadges({ signals }: { signals: Partial<Record<string, number>> }) {
  const present = FRUSTRATION_SIGNALS.filter((signal) => (signals[signal] ?? 0) > 0);
  if (present.length === 0) return <span class="muted">–</span>;
  return (
    <span class="signal-badges">
      {present.map((signal) => (
        <span key={signal} class={`badge ${signal}`} data-signal={signal} title={SIGNAL_LABELS[signal]}>
          {SIGNAL_LABELS[signal]} ×{signals[signal]}
        </span>
      ))}
    </span>
  );
}
