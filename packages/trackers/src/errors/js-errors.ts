import type { Plugin } from '@sightline/core';

export interface JsErrorsOptions {
  /** Errors sent per page view at most. Default 20. */
  maxPerPage?: number;
}

/** FNV-1a (32-bit) of the message: errors can be grouped without sending their text (§0.1). */
export function hashMessage(message: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < message.length; i++) {
    hash ^= message.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const withoutQuery = (url: string) => url.replace(/[?#].*$/, '');

/**
 * Uncaught errors and unhandled rejections as `js_error` events: the kind, a hash of the message,
 * the script (without query) and position. The message itself is never sent: it may carry PII.
 */
export function createJsErrorsPlugin(options: JsErrorsOptions = {}): Plugin {
  const max = options.maxPerPage ?? 20;
  return {
    name: 'sightline/js-errors@1',
    setup(ctx) {
      if (!ctx.env) return;
      let sent = 0;
      ctx.onNavigation(() => {
        sent = 0;
      });
      ctx.listen<ErrorEvent>('error', (event) => {
        if (!('message' in event) || sent >= max) return;
        sent++;
        ctx.emit({
          type: 'js_error',
          props: { kind: 'error', hash: hashMessage(String(event.message ?? '')), source: withoutQuery(String(event.filename ?? '')), line: event.lineno ?? 0, column: event.colno ?? 0 },
        });
      }, { target: 'window' });
      ctx.listen<PromiseRejectionEvent>('unhandledrejection', (event) => {
        if (sent >= max) return;
        sent++;
        const reason = event.reason as { message?: unknown } | undefined;
        const message = typeof reason?.message === 'string' ? reason.message : String(event.reason);
        ctx.emit({ type: 'js_error', props: { kind: 'rejection', hash: hashMessage(message) } });
      }, { target: 'window' });
    },
  };
}
