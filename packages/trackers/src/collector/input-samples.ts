import type { PluginContext } from '@sightline/core';
import { eventElement } from '../dom/element-rules';
import type { SessionTime } from './session-time';
import { describeTarget, interactiveAncestor, type TargetRules } from './target';

type KeyCategory = 'char' | 'delete' | 'nav' | 'modifier' | 'other';

const NAV = /^(Arrow|Page|Home$|End$|Tab$)/;
const MODIFIER = /^(Shift|Control|Alt|Meta|CapsLock|AltGraph|Fn|OS)$/;

/** §0.1 key category; the key value itself is never kept. */
export function keyCategory(event: KeyboardEvent): KeyCategory {
  const key = event.key ?? '';
  if (key === 'Backspace' || key === 'Delete') return 'delete';
  if (NAV.test(key)) return 'nav';
  if (MODIFIER.test(key)) return 'modifier';
  if (key.length === 1 && !event.ctrlKey && !event.metaKey) return 'char';
  return 'other';
}

const modifiersOf = (event: MouseEvent | KeyboardEvent) => ({
  ctrl: event.ctrlKey === true,
  meta: event.metaKey === true,
  alt: event.altKey === true,
  shift: event.shiftKey === true,
});

/** §0.1/§4.1 `click`, `keydown`, `doc_leave` and the other activity events (mousedown, touchstart, wheel). */
export function startInputSamples(ctx: PluginContext, time: SessionTime, rules: TargetRules): void {
  let lastPointerType: 'mouse' | 'pen' | 'touch' = 'mouse';
  ctx.listen<PointerEvent>('pointerdown', (event) => {
    const type = event.pointerType;
    lastPointerType = type === 'pen' || type === 'touch' ? type : 'mouse';
  });
  ctx.listen<MouseEvent>('click', (event) => {
    const element = eventElement(event);
    if (!element) return;
    ctx.sample({
      kind: 'click',
      t: time.at(event),
      x: event.clientX,
      y: event.clientY,
      target: describeTarget(interactiveAncestor(element), rules),
      detail: event.detail,
      button: event.button,
      modifiers: modifiersOf(event),
      isTrusted: event.isTrusted === true,
      pointerType: event.detail === 0 ? 'mouse' : lastPointerType,
    });
  });
  ctx.listen<KeyboardEvent>('keydown', (event) => {
    const key = event.key ?? '';
    ctx.sample({
      kind: 'keydown',
      t: time.at(event),
      category: keyCategory(event),
      isTrusted: event.isTrusted === true,
      modifiers: modifiersOf(event),
      exitKey: key === 'l' || key === 'L' || key === 'w' || key === 'W',
    });
  });
  ctx.listen<MouseEvent>('mouseout', (event) => {
    if (event.relatedTarget === null) ctx.sample({ kind: 'doc_leave', t: time.at(event), x: event.clientX, y: event.clientY });
  });
  for (const source of ['mousedown', 'touchstart', 'wheel'] as const) {
    ctx.listen(source, (event) => ctx.sample({ kind: 'activity', t: time.at(event), source }));
  }
}
