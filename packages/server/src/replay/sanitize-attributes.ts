import { isSafeCss, isSafeSrcset, isSafeUrl, isScriptUrl } from './safe-url';

/** Attributes that hold one URL. Any other attribute is still refused a script URL. */
export const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'codebase',
  'data', 'longdesc', 'manifest', 'ping', 'lowsrc', 'dynsrc', 'usemap', 'profile', 'icon', 'archive',
  'classid', 'rr_dataurl', 'rr_src',
]);

/** Elements whose URL is only ever shown as an image, where an SVG image cannot run script. */
const IMAGE_ELEMENTS = new Set(['img', 'image', 'video', 'canvas']);

const NEVER = new Set(['srcdoc', 'http-equiv']);

/** True when an attribute may stay; `tag` is unknown for an attribute change in a mutation. */
export function isSafeAttribute(name: string, value: unknown, tag: string | undefined): boolean {
  const key = name.trim().toLowerCase();
  if (key.startsWith('on') || NEVER.has(key)) return false;
  if (key === 'style') return isSafeStyle(value);
  if (typeof value !== 'string') return true;
  if (key === '_csstext') return isSafeCss(value);
  const image = tag !== undefined && IMAGE_ELEMENTS.has(tag);
  if (key === 'srcset' || key === 'imagesrcset') return isSafeSrcset(value, image);
  if (URL_ATTRIBUTES.has(key)) return isSafeUrl(value, image || key === 'rr_dataurl' || key === 'poster');
  // `to`, `values` (SVG animation), `content` and the rest: a script URL has no business anywhere.
  return !isScriptUrl(value);
}

/** `style` is text in a snapshot, and an object of declarations in a mutation's attribute change. */
function isSafeStyle(value: unknown): boolean {
  if (typeof value === 'string') return isSafeCss(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(
    ([property, declaration]) => isSafeCss(property) && (typeof declaration !== 'string' && !Array.isArray(declaration) ? true : isSafeCss(String(declaration))),
  );
}

/** Removes every unsafe attribute in place. */
export function sanitizeAttributes(attributes: Record<string, unknown>, tag: string | undefined): void {
  for (const name of Object.keys(attributes)) {
    if (!isSafeAttribute(name, attributes[name], tag)) delete attributes[name];
  }
}
