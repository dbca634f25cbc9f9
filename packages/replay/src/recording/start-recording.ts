import type { ResolvedReplayOptions } from '../options';
import { privacyOptions } from '../privacy/rrweb-privacy';
import { createMutationBatcher, type MutationBatcher } from './mutation-batcher';
import { maskChars } from '../privacy/mask';
import { recordFunctionOf, type RecordedEvent, type RecorderModule, type RecordFunction } from './recorder-module';

export interface RecordingHooks {
  onEvent(event: RecordedEvent): void;
  measure<T>(fn: () => T): T;
  onError(error: unknown): void;
  scrub(text: string): string;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Throttles for high-rate input, well above what a replay needs to look smooth. */
const SAMPLING = { mousemove: 100, mouseInteraction: true, scroll: 150, media: 800, input: 'last' } as const;

const TOGGLE = /^(checkbox|radio)$/i;

/**
 * rrweb sends a checkbox's or radio's `value` with its input events unmasked (only `checked`
 * matters for the replay), so it is masked here. Without rrweb's node map, it masks anyway.
 */
function maskToggleValue(event: RecordedEvent, record: RecordFunction): RecordedEvent {
  const data = event.data as { source?: number; id?: number; text?: unknown } | undefined;
  if (event.type !== 3 || data?.source !== 5 || typeof data.text !== 'string' || data.text === '') return event;
  const node = typeof data.id === 'number' ? record.mirror?.getNode(data.id) : undefined;
  const type = node === undefined ? 'checkbox' : (node as Element | null)?.getAttribute?.('type') ?? '';
  if (TOGGLE.test(type)) data.text = '*'.repeat(Math.min(data.text.length, 64));
  return event;
}

export interface Recording {
  /** Adds a custom event (rrweb type 5) to this recording. */
  mark(tag: string, payload: unknown): void;
  /** Stops everything the recording started. */
  stop(): void;
}

/**
 * Starts rrweb with Sightline's options, on an rrweb instance of its own where the module makes
 * one. A shared rrweb 2.1.6 keeps each recording's callbacks reachable after stop() (rrweb#1628),
 * so they reach the plugin only through `live`, which stop() empties: a stopped recording holds
 * on to nothing of ours either way.
 */
export function startRecording(
  recorder: RecorderModule,
  options: ResolvedReplayOptions,
  hooks: RecordingHooks,
  checkoutEveryNms: number | undefined,
): Recording | null {
  const record = recordFunctionOf(recorder);
  if (!record) return null;
  let live: { hooks: RecordingHooks; batcher: MutationBatcher | null } | null = { hooks, batcher: null };
  const privacy = privacyOptions(options, (text) => (live ? live.hooks.scrub(text) : maskChars(text)));
  const { maskTextFn, maskInputFn } = privacy;
  const stopRrweb = hooks.measure(() =>
    record({
      ...privacy,
      // rrweb also calls these from its own observers, outside any measured call of ours.
      maskTextFn: maskTextFn && ((text, element) => (live ? live.hooks.measure(() => maskTextFn(text, element)) : maskChars(text))),
      maskInputFn: maskInputFn && ((text, element) => (live ? live.hooks.measure(() => maskInputFn(text, element)) : maskChars(text))),
      ...(checkoutEveryNms ? { checkoutEveryNms } : {}),
      sampling: SAMPLING,
      emit: (event) => {
        if (!live) return;
        // Never let a recorder bug throw into rrweb's observers, which run inside the page's own work.
        try {
          if (live.batcher && !live.batcher.observe(event)) return;
          live.hooks.onEvent(maskToggleValue(event, record));
        } catch (error) {
          live.hooks.onError(error);
        }
      },
      errorHandler: (error) => {
        live?.hooks.onError(error);
        return true;
      },
    }),
  );
  if (!stopRrweb) {
    live = null;
    return null;
  }
  if (options.mutationBatchMs > 0) live.batcher = createMutationBatcher(record, options.mutationBatchMs, hooks, hooks.measure);
  return {
    mark(tag, payload) {
      if (live) live.hooks.measure(() => record.addCustomEvent(tag, payload));
    },
    stop() {
      if (!live) return;
      // The batcher's last release records what rrweb still holds, so `live` is emptied after it.
      live.batcher?.stop();
      // Through `live`, not `hooks`: a closure naming `hooks` would keep it (and the scrub cache it
      // reaches) in the context rrweb's retained callbacks share.
      live.hooks.measure(stopRrweb);
      live = null;
    },
  };
}
