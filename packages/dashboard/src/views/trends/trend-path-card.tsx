import type { Api, QueryParams } from '../../api/client';
import type { FrustrationSignal } from '../../api/types';
import { TrendChart } from '../../components/trend-chart';
import { useLoad } from '../../heat/use-load';
import { href } from '../../state/router';
import { loadReach, REACH_DEPTHS, type Reach } from './scroll-reach';
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

/** Before → after; frustration should go down, scroll reach up. */
function Change({ before, after, higherIsBetter = false, digits = 1 }: { before: number | null; after: number | null; higherIsBetter?: boolean; digits?: number }) {
  if (after === null) return <span>{percent(before, digits)}</span>;
  const up = before !== null && after > before;
  const down = before !== null && after < before;
  const better = higherIsBetter ? up : down;
  const worse = higherIsBetter ? down : up;
  return (
    <span>
      {percent(before, digits)} → <strong class={worse ? 'trend-worse' : better ? 'trend-better' : undefined}>{percent(after, digits)}</strong>
    </span>
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
        <tbody>
          {signals.map((signal) => {
            const split = splitRate(trend.buckets, signal, marker);
            return (
              <tr key={signal} data-signal={signal}>
                <th>
                  <span class="trend-swatch" style={{ background: SIGNAL_STYLE[signal].color }} />
                  <a href={href('sessions', undefined, { ...kept, signal, url: trend.path })}>{SIGNAL_STYLE[signal].label}</a>
                </th>
                <td class="num">
                  <Change before={split.before} after={split.after} />
                </td>
              </tr>
            );
          })}
          <tr class="trend-reach" data-testid="trend-reach">
            <th>Scroll reach {REACH_DEPTHS.map((d) => `${d}%`).join(' / ')}</th>
            <td class="num">{reach.status === 'done' ? <ReachCells before={reach.data.before} after={reach.data.after} /> : reach.status === 'error' ? '–' : '…'}</td>
          </tr>
        </tbody>
      </table>
    </article>
  );
}

function ReachCells({ before, after }: { before: Reach; after: Reach | null }) {
  return (
    <span class="trend-reach-cells">
      {REACH_DEPTHS.map((depth, i) => (
        <span key={depth}>
          {i > 0 && ' / '}
          <Change before={before.shares[depth]} after={after ? after.shares[depth] : null} higherIsBetter digits={0} />
        </span>
      ))}
    </span>
  );
}
