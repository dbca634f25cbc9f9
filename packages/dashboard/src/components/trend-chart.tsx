export interface TrendLine {
  key: string;
  label: string;
  color: string;
  points: ReadonlyArray<readonly [t: number, value: number]>;
}

export interface TrendChartProps {
  lines: readonly TrendLine[];
  from: number;
  to: number;
  /** Where the "change shipped" line is, if set. */
  marker: number | null;
  /** Clicked time, to place the marker there. */
  onPick?(t: number): void;
  width?: number;
  height?: number;
  /** Formats the y values (rates as percentages by default). */
  format?(value: number): string;
}

const PAD = { left: 34, right: 6, top: 6, bottom: 16 };

const day = (t: number) => new Date(t).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });

/** A small inline SVG line chart of rates over time, one line per signal. */
export function TrendChart({ lines, from, to, marker, onPick, width = 340, height = 110, format = (v) => `${Math.round(v * 100)}%` }: TrendChartProps) {
  const innerW = width - PAD.left - PAD.right;
  const innerH = height - PAD.top - PAD.bottom;
  const top = Math.max(0.01, ...lines.flatMap((line) => line.points.map(([, v]) => v)));
  const span = Math.max(1, to - from);
  const x = (t: number) => PAD.left + ((t - from) / span) * innerW;
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const pick = (event: MouseEvent) => {
    if (!onPick) return;
    const svg = event.currentTarget as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const fraction = (((event.clientX - box.left) / box.width) * width - PAD.left) / innerW;
    onPick(Math.round(from + Math.min(1, Math.max(0, fraction)) * span));
  };
  return (
    <svg
      class="trend-chart"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={lines.map((line) => line.label).join(', ')}
      onClick={pick}
    >
      <line class="trend-axis" x1={PAD.left} x2={width - PAD.right} y1={PAD.top + innerH} y2={PAD.top + innerH} />
      <line class="trend-gridline" x1={PAD.left} x2={width - PAD.right} y1={PAD.top} y2={PAD.top} />
      <text class="trend-tick" x={PAD.left - 4} y={PAD.top + 4} text-anchor="end">
        {format(top)}
      </text>
      <text class="trend-tick" x={PAD.left - 4} y={PAD.top + innerH} text-anchor="end">
        0
      </text>
      <text class="trend-tick" x={PAD.left} y={height - 3}>
        {day(from)}
      </text>
      <text class="trend-tick" x={width - PAD.right} y={height - 3} text-anchor="end">
        {day(to)}
      </text>
      {marker !== null && marker > from && marker < to && (
        <line class="trend-marker" data-testid="trend-marker" x1={x(marker)} x2={x(marker)} y1={PAD.top - 4} y2={PAD.top + innerH} />
      )}
      {lines.map((line) =>
        line.points.length === 1 ? (
          <circle key={line.key} cx={x(line.points[0]![0])} cy={y(line.points[0]![1])} r={2.5} fill={line.color} />
        ) : (
          <polyline
            key={line.key}
            data-signal={line.key}
            fill="none"
            stroke={line.color}
            stroke-width={1.6}
            stroke-linejoin="round"
            points={line.points.map(([t, v]) => `${x(t).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
          >
            <title>{line.label}</title>
          </polyline>
        ),
      )}
    </svg>
  );
}
