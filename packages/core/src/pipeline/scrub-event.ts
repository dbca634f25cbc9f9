import type { JsonValue, Properties, SightlineEvent, TargetInfo } from '../event/types';

/** What the scrub stage needs of a scrubber (`createScrubber()` from `@sightline/scrubber`). */
export interface EventScrubber {
  scrubText(text: string): string;
  scrubUrl(url: string): string;
  scrubObject<T>(value: T): T;
}

/**
 * Every string of an event that could carry personal data, scrubbed: the page's URL, path, title
 * and referrer, the target's selector, text and link, the event name and every property but
 * those the event marks `opaque`. Returns a new event; the input is left as it was.
 */
export function scrubEvent(event: SightlineEvent, scrubber: EventScrubber): SightlineEvent {
  const { page } = event;
  const scrubbed: SightlineEvent = {
    ...event,
    page: {
      ...page,
      url: scrubber.scrubUrl(page.url),
      path: scrubber.scrubUrl(page.path),
      title: scrubber.scrubText(page.title),
      referrer: scrubber.scrubUrl(page.referrer),
    },
  };
  if (event.name !== undefined) scrubbed.name = scrubber.scrubText(event.name);
  if (event.target) scrubbed.target = scrubTarget(event.target, scrubber);
  if (event.props) scrubbed.props = scrubProps(event.props, event.opaque, scrubber);
  return scrubbed;
}

/** Props scrubbed, except string values the event marks as opaque (see `SightlineEvent.opaque`). */
function scrubProps(props: Properties, opaque: readonly string[] | undefined, scrubber: EventScrubber): Properties {
  const whole = opaque?.filter((key) => typeof props[key] === 'string');
  if (!whole || whole.length === 0) return scrubber.scrubObject(props);
  const rest: Properties = {};
  for (const key of Object.keys(props)) if (!whole.includes(key)) rest[key] = props[key] as JsonValue;
  const scrubbed = scrubber.scrubObject(rest);
  const out: Properties = {};
  // In the original key order, so an event reads the same after scrubbing.
  for (const key of Object.keys(props)) out[key] = whole.includes(key) ? (props[key] as JsonValue) : (scrubbed[key] as JsonValue);
  return out;
}

function scrubTarget(target: TargetInfo, scrubber: EventScrubber): TargetInfo {
  const next: TargetInfo = { ...target, selector: scrubber.scrubText(target.selector) };
  if (target.text !== undefined) next.text = scrubber.scrubText(target.text);
  if (target.href !== undefined) next.href = scrubber.scrubUrl(target.href);
  return next;
}
