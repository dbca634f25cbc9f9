/**
 * One score over a session as an inline SVG line. A chart library would add tens of KB for what
 * is one `<path>` over a fixed 0–100 scale with no axes, legends or interaction to speak of.
 */
export interface SparkPoint {
  ts: number;
  value: number;
}

const WIDTH = 240;
const HEIGHT = 36;
const PAD = 3;

/** The SVG path of the points over [from, to] × [0, 100]; a step line, since a score holds until the next event. */
export function sparkPath(points: readonly SparkPoint[], from: number, to: number): string {
  if (points.length === 0) return '';
  const span = Math.max(1, to - from);
  const x = (ts: number) => PAD + ((Math.min(Math.max(ts, from), to) - from) / span) * (WIDTH - 2 * PAD);
  const y = (value: number) => PAD + (1 - Math.min(Math.max(value, 0), 100) / 100) * (HEIGHT - 2 * PAD);
  const round = (n: number) => Math.round(n * 10) / 10;
  let path = `M${round(x(points[0]!.ts))},${round(y(points[0]!.value))}`;
  for (let i = 1; i < points.length; i++) {
    path += ` H${round(x(points[i]!.ts))} V${round(y(points[i]!.value))}`;
  }
  return `${path} H${round(x(to))}`;
}

export function ScoreSparkline(props: {
  label: string;
  points: readonly SparkPoint[];
  from: number;
  to: number;
  highIsBad: boolean;
  /** Clicking the chart asks for the session time under the pointer. */
  onSeek?: (ts: number) => void;
}) {
  const { label, points, from, to, highIsBad, onSeek } = props;
  const latest = points[points.length - 1]?.value;
  const click = (event: MouseEvent) => {
    if (!onSeek) return;
    const box = (event.currentTarget as SVGElement).getBoundingClientRect();
    const share = box.width > 0 ? (event.clientX - box.left) / box.width : 0;
    onSeek(from + Math.max(0, Math.min(1, share)) * (to - from));
  };
  return (
    <figure class={`score-sparkline${highIsBad ? ' high-is-bad' : ''}`} data-testid="score-sparkline" data-score={label}>
      <figcaption>
        <span>{label}</span>
        <strong>{latest === undefined ? '–' : Math.round(latest)}</strong>
      </figcaption>
      {points.length === 0 ? (
        <div class="score-sparkline-empty muted">no score</div>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`${label} over the session, latest ${latest === undefined ? 'none' : Math.round(latest)}`}
          onClick={click}
        >
          <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} class="score-sparkline-mid" />
          <path d={sparkPath(points, from, to)} />
        </svg>
      )}
    </figure>
  );
}
