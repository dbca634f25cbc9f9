import { describeElement, positionOf, type Plugin } from '@sightline/core';
import { actionTarget, dataProperties, eventElement, isIgnored } from '../dom/element-rules';

/**
 * Every click: the element acted on (closest interactive ancestor), its stable selector, short
 * text, link and rect, and where the pointer was, in page px and relative to the element.
 */
export function createClickPlugin(): Plugin {
  return {
    name: 'sightline/click@1',
    setup(ctx) {
      if (!ctx.env) return;
      const win = ctx.env.window;
      ctx.listen<MouseEvent>('click', (event) => {
        const element = eventElement(event);
        if (!element || isIgnored(element)) return;
        const acted = actionTarget(element);
        const box = acted.getBoundingClientRect();
        const target = describeElement(acted, win, box);
        const props: Record<string, string | number> = { ...dataProperties(element) };
        if (event.detail > 1) props.clickCount = event.detail;
        ctx.emit({
          type: 'click',
          target,
          pos: positionOf(event, box, win),
          props: Object.keys(props).length > 0 ? props : undefined,
        });
      });
    },
  };
}
