import { describeElement, type Plugin } from '@sightline/core';
import { dataProperties, eventElement, isIgnored } from '../dom/element-rules';

const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Types whose value is a fixed token rather than typed text: their length says nothing useful. */
const NO_LENGTH = new Set(['checkbox', 'radio', 'file', 'color', 'range', 'select-one', 'select-multiple']);

/**
 * A field changed: its name, type and the length of its value. The value itself is never read
 * into an event: `.value.length` is taken and the string dropped in the same line.
 */
export function createFieldChangePlugin(): Plugin {
  return {
    name: 'sightline/field-change@1',
    setup(ctx) {
      if (!ctx.env) return;
      const win = ctx.env.window;
      ctx.listen('change', (event) => {
        const element = eventElement(event);
        if (!element || !FIELD_TAGS.has(element.tagName) || isIgnored(element)) return;
        const field = element as HTMLInputElement;
        const fieldType = (field.type || element.tagName).toLowerCase();
        const props: Record<string, string | number | boolean> = {
          ...dataProperties(element),
          field: field.name || field.id || '',
          fieldType,
        };
        if (!NO_LENGTH.has(fieldType)) props.length = typeof field.value === 'string' ? field.value.length : 0;
        if (fieldType === 'checkbox' || fieldType === 'radio') props.checked = field.checked;
        ctx.emit({ type: 'change', target: describeElement(element, win, false), props });
      });
    },
  };
}
