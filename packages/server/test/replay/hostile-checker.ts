/**
 * An independent reading of "safe to replay", for tests: walks any JSON and reports what a
 * player could run or follow. Written apart from the sanitizer so one bug cannot hide in both.
 */
const BAD_TAGS = /^(script|base|object|embed|applet|frame|frameset|portal)$/i;
const BAD_URL = /^(javascript|vbscript|livescript):|^data:text\/html/;

export function findHazards(value: unknown, path = '$'): string[] {
  const found: string[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${at}[${i}]`));
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.tagName === 'string' && BAD_TAGS.test(record.tagName.trim())) found.push(`${at}: <${record.tagName}>`);
    if (typeof record.tagName === 'string' && /^meta$/i.test(record.tagName) && hasKey(record.attributes, 'http-equiv')) found.push(`${at}: meta http-equiv`);
    if (typeof record.attributes === 'object' && record.attributes !== null) {
      for (const [name, attr] of Object.entries(record.attributes as Record<string, unknown>)) {
        const key = name.trim().toLowerCase();
        if (key.startsWith('on') || key === 'srcdoc') found.push(`${at}.attributes.${name}`);
        if (typeof attr === 'string') {
          const normal = attr.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase();
          if (BAD_URL.test(normal) || normal.split(',').some((part) => BAD_URL.test(part))) found.push(`${at}.attributes.${name}=${attr}`);
          if (/expression\(|url\(['"]?javascript:/.test(normal)) found.push(`${at}.attributes.${name} css`);
        }
      }
    }
    for (const [key, child] of Object.entries(record)) visit(child, `${at}.${key}`);
  };
  visit(value, path);
  return found;
}

const hasKey = (attributes: unknown, name: string) =>
  typeof attributes === 'object' && attributes !== null && Object.keys(attributes).some((key) => key.trim().toLowerCase() === name);
