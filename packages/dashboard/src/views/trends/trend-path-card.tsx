import type { Api, QueryParams } from '../../api/client';
import type { FrustrationSignal } from '../../api/types';
import { TrendChart } from '../../components/trend-chart';
import { useLoad } from '../../heat/use-load';
import { href } from '../../state/router';
import { loadReach, REACH_DEPTHS } from './scroll-reach';
import { SIGNAL_STYLE } from './signal-style';
import { percent, splitRate, type PathTrend } from './trend-series';

export interface TrendPathCardProps {
  api: Api;
  trend: PathTrend;
  signals: readonly FrustrationSignal[];
  scope: QueryParams;
  scopeKey: string;
  from: number;
  to: number;
  marker: number | null;
  onMarker(t: number): void;
  kept: Record<string, string | undefined>;
}

/** The before and after cells; frustration should go down, scroll reach up. */
function Cells({ before, after, split, higherIsBetter = false, digits = 1 }: { before: number | null; after: number | null; split: boolean; higherIsBetter?: boolean; digits?: number }) {
  if (!split) return <td class="num">{percent(before, digits)}</td>;
  const up = before !== null && after !== null && after > before;
  const down = before !== null && after !== null && after < before;
  const better = higherIsBetter ? up : down;
  const worse = higherIsBetter ? down : up;
  return (
    <>
      <td class="num">{percent(before, digits)}</td>
      <td class={`num${worse ? ' trend-worse' : better ? ' trend-better' : ''}`}>{percent(after, digits)}</td>
    </>
  );
}

/** One path: its signal rates over time, before/after the marker, and how far its visitors scroll. */
export function TrendPathCard({ api, trend, signals, scope, scopeKey, from, to, marker, onMarker, kept }: TrendPathCardProps) {
  const reach = useLoad(`${trend.path}|${scopeKey}|${marker ?? ''}`, () => loadReach(api, trend.path, scope, marker));
  const lines = signals.map((signal) => ({
    key: signal,
    label: SIGNAL_STYLE[signal].label,
    color: SIGNAL_STYLE[signal].color,
    points: trend.buckets.map((b) => [b.t, b.signals[signal]?.rate ?? 0] as const),
  }));
  const chartFrom = Math.min(from, trend.buckets[0]?.t ?? from);
  // A marker outside the range splits nothing.
  const split = marker !== null && marker > from && marker < to;
  return (
    <article class="panel trend-card" data-testid="trend-card" data-path={trend.path}>
      <header class="trend-card-head">
        <a class="trend-path" href={href('heatmap', undefined, { ...kept, url: trend.path })} title="Heatmaps of this page">
          {trend.path}
        </a>
        <span class="muted">{trend.sessions} sessions</span>
      </header>
      <TrendChart lines={lines} from={chartFrom} to={to} marker={marker} onPick={onMarker} />
      <table class="trend-split">
        {split && (
          <thead>
            <tr>
              <th />
              <th class="num">before</th>
              <th class="num">after</th>
            </tr>
          </thead>
        )}
        <tbody>
          {signals.map((signal) => {
            const rate = splitRate(trend.buckets, signal, split ? marker : null);
            return (
              <tr key={signal} data-signal={signal}>
                <th>
                  <span class="trend-swatch" style={{ background: SIGNAL_STYLE[signal].color }} />
                  <a href={href('sessions', undefined, { ...kept, signal, url: trend.path })}>{SIGNAL_STYLE[signal].label}</a>
                </th>
                <Cells before={rate.before} after={rate.after} split={split} />
              </tr>
            );
          })}
          {REACH_DEPTHS.map((depth) => (
            <tr key={depth} class="trend-reach" data-testid="trend-reach" data-depth={depth}>
              <th>Scroll reach {depth}%</th>
              {reach.status === 'done' ? (
                <Cells before={reach.data.before.shares[depth]} after={reach.data.after?.shares[depth] ?? null} split={split} higherIsBetter digits={0} />
              ) : (
                <td class="num muted" colSpan={split ? 2 : 1}>
                  {reach.status === 'error' ? '–' : '…'}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
