// happy-dom has no DOMTokenList global, which rrweb's polyfill step reads; give it the real class.
const slots = window as unknown as Record<string, unknown>;
if (!slots.DOMTokenList) slots.DOMTokenList = document.documentElement.classList.constructor;
