import type { Replayer } from '@rrweb/replay';
import { freezeViewportUnits } from './freeze-viewport-units';

export interface RebuiltPage {
  iframe: HTMLIFrameElement;
  /** Document height in page px, measured after the rebuild. */
  docHeight: number;
  /**
   * Calls back when the document grows after the rebuild (images and fonts arriving), with the
   * new height; the iframe is stretched to it first. Returns a stop function.
   */
  watchHeight(onGrow: (docHeight: number) => void): () => void;
  /** Where an element is in page px, or null when the selector matches nothing. */
  locate(selector: string): { x: number; y: number; width: number; height: number } | null;
  destroy(): void;
}

/** The only sandbox the page may get: same origin so we can measure it, never scripts. */
export const PAGE_SANDBOX = 'allow-same-origin';

export function isScriptFree(iframe: HTMLIFrameElement): boolean {
  const tokens = Array.from(iframe.sandbox);
  return iframe.hasAttribute('sandbox') && tokens.length === 1 && tokens[0] === PAGE_SANDBOX;
}

const REBUILD_TIMEOUT_MS = 8000;
/** When to look again for a document grown by late images and fonts. */
const GROW_CHECKS_MS = [400, 1500, 4000];

/**
 * Rebuilds a recorded page from its meta and full-snapshot events with rrweb's Replayer, held
 * at the first frame. The iframe is then stretched to the document height so the whole page
 * shows at once, as a heatmap background (viewport units frozen to the recorded viewport first).
 */
export async function rebuildPage(root: HTMLElement, events: unknown[], viewport: { width: number; height: number }): Promise<RebuiltPage> {
  // rrweb is loaded with the first page to rebuild, not with the dashboard.
  const { Replayer: ReplayerClass } = await import('@rrweb/replay');
  return new Promise((resolve, reject) => {
    let replayer: Replayer;
    try {
      replayer = new ReplayerClass(freezeViewportUnits(events, viewport) as ConstructorParameters<typeof Replayer>[0], {
        root,
        mouseTail: false,
        showWarning: false,
        triggerFocus: false,
        pauseAnimation: true,
        UNSAFE_replayCanvas: false,
      });
    } catch (error) {
      reject(error);
      return;
    }
    const iframe = replayer.iframe;
    const destroy = () => {
      try {
        replayer.destroy();
      } catch {
        root.replaceChildren();
      }
    };
    if (!isScriptFree(iframe)) {
      destroy();
      reject(new Error(`the page iframe must be sandboxed to exactly "${PAGE_SANDBOX}"`));
      return;
    }
    const timer = setTimeout(() => {
      destroy();
      reject(new Error('the recorded page did not rebuild'));
    }, REBUILD_TIMEOUT_MS);
    let rebuilt = false;
    replayer.on('fullsnapshot-rebuilded', () => {
      if (rebuilt) return;
      rebuilt = true;
      clearTimeout(timer);
      // The Replayer's own resize and first-frame timers run first; measure once layout settled.
      setTimeout(() => requestAnimationFrame(() => finish()), 20);
    });
    const finish = () => {
      const doc = iframe.contentDocument;
      if (!doc || !isScriptFree(iframe)) {
        destroy();
        reject(new Error('the rebuilt page is not reachable'));
        return;
      }
      const measure = (d: Document) => Math.max(d.documentElement.scrollHeight, d.body?.scrollHeight ?? 0);
      let docHeight = Math.max(measure(doc), Number(iframe.height) || 0);
      const stretch = () => iframe.setAttribute('height', String(docHeight));
      stretch();
      // A later meta event would shrink the iframe back to the viewport.
      replayer.on('resize', stretch);
      resolve({
        iframe,
        docHeight,
        watchHeight(onGrow) {
          const timers = GROW_CHECKS_MS.map((ms) =>
            setTimeout(() => {
              const current = iframe.contentDocument;
              const height = current ? measure(current) : 0;
              if (height <= docHeight) return;
              docHeight = height;
              stretch();
              onGrow(height);
            }, ms),
          );
          return () => timers.forEach(clearTimeout);
        },
        locate(selector) {
          const current = iframe.contentDocument;
          let element: Element | null = null;
          try {
            element = current?.querySelector(selector) ?? null;
          } catch {
            return null;
          }
          if (!element) return null;
          const rect = element.getBoundingClientRect();
          const view = current?.defaultView;
          return { x: rect.left + (view?.scrollX ?? 0), y: rect.top + (view?.scrollY ?? 0), width: rect.width, height: rect.height };
        },
        destroy,
      });
    };
    replayer.pause(0);
  });
}
