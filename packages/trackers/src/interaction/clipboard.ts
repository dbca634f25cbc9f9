import type { Plugin } from '@sightline/core';
import { eventElement } from '../dom/element-rules';
import { createSessionTime } from '../collector/session-time';
import { describeTarget, isPrivate } from '../collector/target';
import { rulesOf, type TargetOptions } from './rules';

type ClipKind = 'copy' | 'cut' | 'paste';

/**
 * The length of what is copied, cut or pasted. The string is read, measured and dropped in
 * this function (§1.1 clipboard privacy); a field's selection is measured by its offsets.
 */
function clipLength(event: ClipboardEvent, element: Element, win: Window): number {
  if (event.type === 'paste') return event.clipboardData?.getData('text/plain').length ?? 0;
  const field = element as HTMLInputElement;
  if (typeof field.selectionStart === 'number' && typeof field.selectionEnd === 'number') {
    return field.selectionEnd - field.selectionStart;
  }
  return win.getSelection()?.toString().length ?? 0;
}

/** §1.2 `clipboard`: one `clip` sample and one `clipboard` signal per copy, cut or paste. Never the content. */
export function createClipboardTracker(options: TargetOptions = {}): Plugin {
  const rules = rulesOf(options);
  return {
    name: 'sightline/clipboard@1',
    setup(ctx) {
      if (!ctx.env) return;
      const win = ctx.env.window;
      const time = createSessionTime(ctx);
      const onClip = (event: Event) => {
        const element = eventElement(event);
        if (!element) return;
        const kind = event.type as ClipKind;
        const target = describeTarget(element, rules);
        const length = isPrivate(element) ? null : clipLength(event as ClipboardEvent, element, win);
        ctx.sample({ kind: 'clip', t: time.at(event), clip: kind, target, length, targetEditable: target.editable });
        ctx.emit({ type: 'clipboard', target: { selector: target.selector, tag: target.tag }, props: { action: kind, length, editable: target.editable } });
      };
      for (const type of ['copy', 'cut', 'paste']) ctx.listen(type, onClip);
    },
  };
}
