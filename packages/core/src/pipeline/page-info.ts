import type { Environment } from '../env/environment';
import type { PageInfo } from '../event/types';

const EMPTY_PAGE: PageInfo = { url: '', path: '', title: '', referrer: '', viewport: { w: 0, h: 0 }, docHeight: 0 };

/** The page as it is now. Without a DOM (server, SSR) every field is empty. */
export function readPageInfo(env: Environment | undefined): PageInfo {
  if (!env) return { ...EMPTY_PAGE, viewport: { w: 0, h: 0 } };
  const { window: win, document: doc, location } = env;
  return {
    url: location.href,
    path: location.pathname,
    title: doc.title ?? '',
    referrer: doc.referrer ?? '',
    viewport: { w: Math.round(win.innerWidth || 0), h: Math.round(win.innerHeight || 0) },
    docHeight: Math.round(doc.documentElement?.scrollHeight || 0),
  };
}
