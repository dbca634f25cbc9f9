import { describeElement, type Plugin, type TimerHandle } from '@sightline/core';
import { eventElement } from '../dom/element-rules';
import { createSessionTime } from '../collector/session-time';
import { describeTarget, type Target } from '../collector/target';
import { rulesOf, type TargetOptions } from './rules';

export interface HoverIntentOptions extends TargetOptions {
  /** Manhattan px between polls below which the pointer counts as resting. Default 7. */
  sensitivity?: number;
  /** Poll interval. Default 100 ms. */
  intervalMs?: number;
  /** Elements whose hovers are tracked. Default: links, buttons, `[data-track-hover]` and the CTA selector list. */
  selector?: string;
}

const TRACKED = 'a[href],button,[role=button],input[type=submit],[data-cta],[data-track-hover]';

interface Hover {
  element: Element;
  target: Target;
  t0: number;
  prevX: number;
  prevY: number;
  intent: boolean;
  poll: TimerHandle | undefined;
}

/**
 * §1.2 `hover_intent` (hoverIntent r7): samples `hover_enter`/`hover_leave`; signals
 * `hover_intent` when the pointer rests (polls every 100 ms, < 7 px Manhattan) and `hover_end`.
 * Moves only store the position; nothing is measured on the DOM.
 */
export function createHoverIntentTracker(options: HoverIntentOptions = {}): Plugin {
  const rules = rulesOf(options);
  const sensitivity = options.sensitivity ?? 7;
  const intervalMs = options.intervalMs ?? 100;
  const selector = options.selector ?? `${TRACKED},${rules.ctaSelector}`;
  return {
    name: 'sightline/hover-intent@1',
    setup(ctx) {
      if (!ctx.env) return;
      const win = ctx.env.window;
      const time = createSessionTime(ctx);
      let x = 0;
      let y = 0;
      let hover: Hover | undefined;

      const poll = () => {
        const h = hover!;
        h.poll = undefined;
        if (Math.abs(x - h.prevX) + Math.abs(y - h.prevY) < sensitivity) {
          h.intent = true;
          ctx.emit({ type: 'hover_intent', target: describeElement(h.element, win, false), props: { enterT: h.t0, t: time.now() } });
        } else {
          h.prevX = x;
          h.prevY = y;
          h.poll = ctx.setTimeout(poll, intervalMs);
        }
      };
      const leave = (t: number) => {
        const h = hover;
        if (!h) return;
        hover = undefined;
        if (h.poll !== undefined) ctx.clearTimeout(h.poll);
        ctx.sample({ kind: 'hover_leave', t, target: h.target });
        ctx.emit({ type: 'hover_end', target: describeElement(h.element, win, false), props: { dwellMs: t - h.t0, intent: h.intent } });
      };

      ctx.listen<MouseEvent>('mousemove', (event) => {
        x = event.clientX;
        y = event.clientY;
      });
      ctx.listen<MouseEvent>('mouseover', (event) => {
        const element = eventElement(event)?.closest(selector) ?? null;
        if (element === (hover?.element ?? null)) return;
        const t = time.at(event);
        leave(t);
        if (!element) return;
        x = event.clientX;
        y = event.clientY;
        const target = describeTarget(element, rules);
        hover = { element, target, t0: t, prevX: x, prevY: y, intent: false, poll: ctx.setTimeout(poll, intervalMs) };
        ctx.sample({ kind: 'hover_enter', t, target, x, y });
      });
      ctx.listen<MouseEvent>('mouseout', (event) => {
        if (event.relatedTarget === null) leave(time.at(event));
      });
      const drop = () => {
        if (hover?.poll !== undefined) ctx.clearTimeout(hover.poll);
        hover = undefined;
      };
      ctx.listen('pagehide', drop, { target: 'window' });
      return drop;
    },
  };
}
