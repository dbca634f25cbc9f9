import { describeElement, type Plugin } from '@sightline/core';
import { dataProperties, eventElement, isIgnored } from '../dom/element-rules';

/** Form submissions: which form, where it posts, how many fields. Never a value. */
export function createSubmitPlugin(): Plugin {
  return {
    name: 'sightline/submit@1',
    setup(ctx) {
      if (!ctx.env) return;
      const win = ctx.env.window;
      ctx.listen<SubmitEvent>('submit', (event) => {
        const form = eventElement(event);
        if (!form || form.tagName !== 'FORM' || isIgnored(form)) return;
        const element = form as HTMLFormElement;
        ctx.emit({
          type: 'submit',
          target: describeElement(element, win, false),
          props: {
            ...dataProperties(element),
            action: element.getAttribute('action') ?? '',
            method: (element.getAttribute('method') ?? 'get').toLowerCase(),
            fields: element.elements.length,
          },
        });
      });
    },
  };
}
