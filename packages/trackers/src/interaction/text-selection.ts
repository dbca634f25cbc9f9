import type { Plugin } from '@sightline/core';
import { createSessionTime } from '../collector/session-time';
import { describeTarget, isPrivate, type Target } from '../collector/target';
import { rulesOf, type TargetOptions } from './rules';
import { createThrottle } from './throttle';

export interface TextSelectionOptions extends TargetOptions {
  /** Quiet time before a selection is reported (Clarity LookAhead). Default 500 ms. */
  debounceMs?: number;
  /** Shortest selection reported. Default 1. */
  minLength?: number;
}

/**
 * §1.2 `text_selection`: a `sel_change` sample per `selectionchange`, and a `selection` signal
 * 500 ms after the last change. Only the length is kept; the text is dropped at once, and
 * selections inside private elements are ignored.
 */
export function createTextSelectionTracker(options: TextSelectionOptions = {}): Plugin {
  const rules = rulesOf(options);
  const minLength = Math.max(1, options.minLength ?? 1);
  return {
    name: 'sightline/text-selection@1',
    setup(ctx) {
      if (!ctx.env) return;
      const doc = ctx.env.document;
      const time = createSessionTime(ctx);
      let lastElement: Element | null = null;
      let lastTarget: Target | undefined;
      let pending: { target: Target; length: number } | undefined;
      const debounce = createThrottle(ctx, options.debounceMs ?? 500, () => {
        if (!pending) return;
        ctx.emit({ type: 'selection', target: { selector: pending.target.selector, tag: pending.target.tag }, props: { length: pending.length } });
        pending = undefined;
      });

      ctx.listen('selectionchange', (event) => {
        const selection = doc.getSelection();
        const node = selection?.anchorNode;
        const element = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
        if (!selection || !element || isPrivate(element)) return;
        if (element !== lastElement) {
          lastElement = element;
          lastTarget = describeTarget(element, rules);
        }
        const length = selection.isCollapsed ? 0 : selection.toString().length;
        ctx.sample({ kind: 'sel_change', t: time.at(event), length, target: lastTarget });
        debounce.cancel();
        pending = undefined;
        if (length >= minLength) {
          pending = { target: lastTarget!, length };
          debounce.request();
        }
      });
      // §4.2.3: a selection still waiting at pagehide is dropped.
      ctx.listen('pagehide', () => {
        debounce.cancel();
        pending = undefined;
      }, { target: 'window' });
      return () => debounce.cancel();
    },
  };
}
