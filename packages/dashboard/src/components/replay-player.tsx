import type { Replayer } from '@rrweb/replay';
import '@rrweb/replay/dist/style.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordedEvent } from '../api/types';
import { assertReplaySandbox } from './replay-sandbox';
import { formatClock } from './time-format';

export type ReplayStatus = 'playing' | 'paused' | 'finished';

/** Ask the player to jump: an offset from the recording's start; `nonce` makes the same offset jump twice. */
export interface SeekRequest {
  offsetMs: number;
  nonce: number;
}

const SPEEDS = [0.5, 1, 2, 4, 8];
const TICK_MS = 200;

/**
 * rrweb's Replayer with play/pause, a progress bar, the time and the speed. The recording is
 * rebuilt in an iframe sandboxed to `allow-same-origin` only (checked after every rebuild); the
 * canvas replay that would need `allow-scripts` is never enabled.
 */
export function ReplayPlayer(props: {
  events: RecordedEvent[];
  seek?: SeekRequest | undefined;
  /** The recording's clock (epoch ms) while it moves, for the timeline's playhead. */
  onTime?: (ts: number) => void;
}) {
  const { events, seek, onTime } = props;
  const stage = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const replayer = useRef<Replayer | null>(null);
  const [status, setStatus] = useState<ReplayStatus>('paused');
  const [current, setCurrent] = useState(0);
  const [total, setTotal] = useState(0);
  const [speed, setSpeed] = useState(1);
  const [skipInactive, setSkipInactive] = useState(true);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [scale, setScale] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const start = events[0]?.timestamp ?? 0;
  const onTimeRef = useRef(onTime);
  onTimeRef.current = onTime;

  // One Replayer per recording (the parent keys the player by session). rrweb is most of the
  // dashboard's weight, so it loads only when a recording is shown.
  useEffect(() => {
    let cancelled = false;
    let player: Replayer | null = null;
    import('@rrweb/replay').then(
      ({ Replayer: ReplayerClass }) => {
        const root = stage.current;
        if (cancelled || !root) return;
        try {
          player = mountReplayer(ReplayerClass, root, events);
        } catch (caught) {
          root.replaceChildren();
          setError(caught instanceof Error ? caught.message : String(caught));
          return;
        }
        const mounted = player;
        replayer.current = mounted;
        mounted.on('fullsnapshot-rebuilded', () => {
          try {
            assertReplaySandbox(mounted.iframe);
          } catch (caught) {
            mounted.destroy();
            replayer.current = null;
            setError((caught as Error).message);
          }
        });
        mounted.on('resize', (dimension) => {
          const { width, height } = dimension as { width: number; height: number };
          setSize({ width, height });
        });
        mounted.on('finish', () => {
          setStatus('finished');
          setCurrent(mounted.getMetaData().totalTime);
        });
        setTotal(mounted.getMetaData().totalTime);
        setReady(true);
        mounted.pause(0);
      },
      (caught: unknown) => !cancelled && setError(`the player did not load (${String(caught)})`),
    );
    return () => {
      cancelled = true;
      replayer.current = null;
      try {
        player?.destroy();
      } catch {
        // The stage may already be gone with the view.
      }
    };
  }, [events]);

  // The clock, read from the Replayer while it plays.
  useEffect(() => {
    if (status !== 'playing') return;
    const timer = setInterval(() => {
      const player = replayer.current;
      if (!player) return;
      const time = Math.min(player.getCurrentTime(), player.getMetaData().totalTime);
      setCurrent(time);
      onTimeRef.current?.(start + time);
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [status, start]);

  // Fit the recorded viewport into the available width.
  useEffect(() => {
    const box = viewport.current;
    if (!box || !size) return;
    const fit = () => setScale(Math.min(1, box.clientWidth / Math.max(1, size.width)));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [size]);

  const jump = (offsetMs: number) => {
    const player = replayer.current;
    if (!player) return;
    const clamped = Math.max(0, Math.min(offsetMs, total));
    if (status === 'playing') player.play(clamped);
    else {
      player.pause(clamped);
      setStatus('paused');
    }
    setCurrent(clamped);
    onTimeRef.current?.(start + clamped);
  };

  useEffect(() => {
    if (seek) jump(seek.offsetMs);
  }, [seek?.nonce]);

  const play = () => {
    const player = replayer.current;
    if (!player) return;
    const from = status === 'finished' || current >= total ? 0 : current;
    player.play(from);
    setStatus('playing');
  };
  const pause = () => {
    const player = replayer.current;
    if (!player) return;
    player.pause();
    setCurrent(Math.min(player.getCurrentTime(), total));
    setStatus('paused');
  };

  if (error) {
    return (
      <div class="replay-player replay-error" role="alert" data-testid="replay-error">
        The recording cannot be played: {error}
      </div>
    );
  }
  return (
    <div class="replay-player" data-testid="replay-player" data-ready={ready ? 'true' : 'false'}>
      <div class="replay-viewport" ref={viewport} style={size ? { height: `${Math.ceil(size.height * scale)}px` } : undefined}>
        <div
          class="replay-stage"
          ref={stage}
          data-testid="replay-stage"
          style={size ? { width: `${size.width}px`, height: `${size.height}px`, transform: `scale(${scale})` } : undefined}
        />
      </div>
      <div class="replay-controls toolbar">
        {status === 'playing' ? (
          <button type="button" data-testid="replay-pause" onClick={pause}>
            Pause
          </button>
        ) : (
          <button type="button" data-testid="replay-play" disabled={!ready} onClick={play}>
            {status === 'finished' ? 'Replay' : 'Play'}
          </button>
        )}
        <input
          type="range"
          class="replay-progress"
          data-testid="replay-progress"
          aria-label="Replay position"
          min={0}
          max={Math.max(total, 1)}
          step={100}
          value={current}
          onInput={(event) => jump(Number(event.currentTarget.value))}
        />
        <span class="replay-time" data-testid="replay-time">
          {formatClock(current)} / {formatClock(total)}
        </span>
        <span class="replay-status" data-testid="replay-status" data-status={status}>
          {status}
        </span>
        <label>
          Speed{' '}
          <select
            aria-label="Speed"
            data-testid="replay-speed"
            value={String(speed)}
            onChange={(event) => {
              const next = Number(event.currentTarget.value);
              setSpeed(next);
              replayer.current?.setConfig({ speed: next });
            }}
          >
            {SPEEDS.map((value) => (
              <option key={value} value={String(value)}>
                {value}×
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={skipInactive}
            onChange={(event) => {
              setSkipInactive(event.currentTarget.checked);
              replayer.current?.setConfig({ skipInactive: event.currentTarget.checked });
            }}
          />{' '}
          Skip inactivity
        </label>
      </div>
    </div>
  );
}

/** A Replayer on `root`, or an error (and nothing left mounted) when its iframe's sandbox is not exactly `allow-same-origin`. */
function mountReplayer(ReplayerClass: typeof Replayer, root: HTMLElement, events: RecordedEvent[]): Replayer {
  const player = new ReplayerClass(events as unknown as ConstructorParameters<typeof Replayer>[0], {
    root,
    speed: 1,
    skipInactive: true,
    showWarning: false,
    mouseTail: false,
    // Canvas replay stays at its default, off: it is the one mode rrweb sandboxes with allow-scripts.
  });
  try {
    assertReplaySandbox(player.iframe);
  } catch (caught) {
    player.destroy();
    throw caught;
  }
  return player;
}
