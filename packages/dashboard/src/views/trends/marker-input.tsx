/** `datetime-local` wants local time without a zone. */
function toLocalInput(t: number): string {
  const d = new Date(t - new Date(t).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 16);
}

/** The "change shipped" marker: a date and time, kept in the link so a before/after view can be shared. */
export function MarkerInput({ marker, onChange }: { marker: number | null; onChange(t: number | null): void }) {
  return (
    <label class="trend-marker-input">
      <span class="muted">Change shipped</span>
      <input
        type="datetime-local"
        data-testid="trend-marker-input"
        value={marker === null ? '' : toLocalInput(marker)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const t = value ? new Date(value).getTime() : NaN;
          onChange(Number.isFinite(t) ? t : null);
        }}
      />
      {marker !== null && (
        <button type="button" class="link" onClick={() => onChange(null)}>
          clear
        </button>
      )}
    </label>
  );
}
