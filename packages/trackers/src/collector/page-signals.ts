import type { PluginContext } from '@sightline/core';
import { afterSetup, type SessionTime } from './session-time';

/** §0.1 `mutation`: one sample per observer delivery, so at most one per task. */
export function startMutationSamples(ctx: PluginContext, time: SessionTime): () => void {
  const Observer = (ctx.env!.window as Window & typeof globalThis).MutationObserver;
  if (typeof Observer !== 'function') return () => {};
  const observer = new Observer(() => ctx.sample({ kind: 'mutation', t: time.now() }));
  observer.observe(ctx.env!.document, { childList: true, attributes: true, characterData: true, subtree: true });
  return () => observer.disconnect();
}

/** §0.1 `error`: uncaught errors and unhandled rejections (resource load errors are not script errors). */
export function startErrorSamples(ctx: PluginContext, time: SessionTime): void {
  const onError = (event: Event) => {
    if (event.type === 'error' && !('message' in event)) return;
    ctx.sample({ kind: 'error', t: time.at(event) });
  };
  ctx.listen('error', onError, { target: 'window' });
  ctx.listen('unhandledrejection', onError, { target: 'window' });
}

/** §0.1 one-shot environment probe: booleans and lengths only; the UA stays on the device. */
export function startEnvSample(ctx: PluginContext, time: SessionTime): () => void {
  const { navigator: nav, window: win, document: doc } = ctx.env!;
  const t = time.now();
  return afterSetup(ctx, () => {
    const userAgent = nav.userAgent ?? '';
    const hasFocus = typeof doc.hasFocus === 'function' ? doc.hasFocus() : true;
    ctx.sample({
      kind: 'env',
      t,
      webdriver: nav.webdriver === true,
      userAgent,
      languagesLength: nav.languages?.length ?? 0,
      pluginsLength: nav.plugins?.length ?? 0,
      isChromeDesktop: /Chrom(e|ium)\//.test(userAgent) && !/Android/.test(userAgent),
      outerWidth: win.outerWidth,
      outerHeight: win.outerHeight,
      hasFocus,
      visibilityState: doc.visibilityState === 'hidden' ? 'hidden' : 'visible',
    });
  });
}
