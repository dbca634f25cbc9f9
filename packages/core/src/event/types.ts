/** The wire version of {@link SightlineEvent}. Bumped only on incompatible changes. */
export const EVENT_VERSION = 1;

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type Properties = Record<string, JsonValue>;

export interface Viewport {
  /** `innerWidth` in CSS px. */
  w: number;
  /** `innerHeight` in CSS px. */
  h: number;
}

export interface PageInfo {
  /** Full URL after scrubbing. */
  url: string;
  path: string;
  title: string;
  referrer: string;
  viewport: Viewport;
  /** `documentElement.scrollHeight` in CSS px. */
  docHeight: number;
}

/** Element rect in page px (document coordinates, not viewport). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TargetInfo {
  /** A stable CSS selector for the element. */
  selector: string;
  tag: string;
  /** Short visible text (at most 64 characters, scrubbed). Never a form value. */
  text?: string;
  href?: string;
  rect?: Rect;
}

/**
 * Where a pointer interaction happened: in page px, and relative to the target element
 * as fractions of its width and height (0..1), so heatmaps survive responsive layouts.
 */
export interface Position {
  pageX: number;
  pageY: number;
  relX: number;
  relY: number;
}

/** Everything that travels from a page to a server has this one shape. */
export interface SightlineEvent {
  v: typeof EVENT_VERSION;
  /** UUIDv7: time-ordered, and the server's de-duplication key. */
  id: string;
  /** `pageview`, `click`, `submit`, `change`, `identify`, `custom`, or a tracker's signal name. */
  type: string;
  /** The event name of `custom` events (`client.track(name)`). */
  name?: string;
  /** Epoch ms on the client's clock. */
  ts: number;
  sessionId: string;
  anonymousId: string;
  userId?: string;
  page: PageInfo;
  target?: TargetInfo;
  pos?: Position;
  props?: Properties;
  /**
   * Keys of `props` whose string values are opaque payloads the plugin that made them has
   * already scrubbed (compressed replay data): the scrub stage passes them through whole, where
   * scrubbing would corrupt them. A server decides for itself whether to trust it.
   */
  opaque?: string[];
}

/** What a plugin or the public API hands to the pipeline; enrich fills in the rest. */
export interface EventInput {
  type: string;
  name?: string;
  target?: TargetInfo;
  pos?: Position;
  props?: Properties;
  /** Keys of `props` that are opaque payloads, already scrubbed at the source (see {@link SightlineEvent.opaque}). */
  opaque?: string[];
  /** Overrides the page info that enrich would read (for example on SPA navigation). */
  page?: Partial<PageInfo>;
}

/** The body of `POST /v1/batch` and of a WebSocket frame. */
export interface Batch {
  v: typeof EVENT_VERSION;
  /** Epoch ms when the batch left the client. */
  sentAt: number;
  events: SightlineEvent[];
}
