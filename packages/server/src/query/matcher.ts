import type { Dialect } from './dialect';
import { escapeRegex } from './sql-literal';

/**
 * A retroactive event definition: which stored events count as "this event". Applied at query
 * time to all history, so a definition made today also covers last month.
 */
export interface EventMatcher {
  /** Event type, such as `click` or `pageview`. */
  type?: string;
  /** CSS selector the target's stored selector ends with (`button.buy` matches `main > button.buy`). */
  selector?: string;
  /** `*` is a wildcard. Starting with `/` it matches the path, otherwise the URL (any query string). */
  url?: string;
  /** Case-insensitive substring of the target's text. */
  text?: string;
}

export const MATCHER_FIELDS = ['type', 'selector', 'url', 'text'] as const;

const glob = (pattern: string) => pattern.split('*').map(escapeRegex).join('.*');

/** The SQL condition of a matcher; a matcher with no field matches nothing. */
export function matcherSql(dialect: Dialect, matcher: EventMatcher): string {
  const conditions: string[] = [];
  if (matcher.type !== undefined) conditions.push(`type = ${dialect.str(matcher.type)}`);
  if (matcher.selector !== undefined) {
    conditions.push(dialect.matches(`coalesce(target_selector, '')`, `(^|[\\s>+~])${escapeRegex(matcher.selector)}$`));
  }
  if (matcher.url !== undefined) {
    const exactPath = matcher.url.startsWith('/') && !matcher.url.includes('*');
    // An exact path is the common case (a heatmap of one page): equality skips the regex engine.
    conditions.push(
      exactPath
        ? `path = ${dialect.str(matcher.url)}`
        : matcher.url.startsWith('/')
          ? dialect.matches('path', `^${glob(matcher.url)}$`)
          : dialect.matches('url', `^${glob(matcher.url)}([?#].*)?$`),
    );
  }
  if (matcher.text !== undefined) {
    conditions.push(dialect.containsText(`coalesce(target_text, '')`, matcher.text));
  }
  return conditions.length === 0 ? '1 = 0' : `(${conditions.join(' AND ')})`;
}
