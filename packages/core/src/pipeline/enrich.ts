import { EVENT_VERSION, type EventInput, type Properties, type SightlineEvent } from '../event/types';
import type { PageInfo } from '../event/types';

export interface Identity {
  sessionId: string;
  anonymousId: string;
  userId: string | undefined;
}

/** Copies properties through JSON, which drops functions and `undefined` and refuses cycles. */
export function toProperties(value: unknown): Properties | undefined {
  if (value === undefined || value === null) return undefined;
  const copy: unknown = JSON.parse(JSON.stringify(value));
  if (typeof copy !== 'object' || copy === null || Array.isArray(copy)) {
    throw new TypeError('properties must be a plain object');
  }
  return Object.keys(copy).length > 0 ? (copy as Properties) : undefined;
}

/** The first pipeline stage: an event input becomes a full event with ids, time and page. */
export function enrich(input: EventInput, id: string, ts: number, identity: Identity, page: PageInfo): SightlineEvent {
  const event: SightlineEvent = {
    v: EVENT_VERSION,
    id,
    type: input.type,
    ts,
    sessionId: identity.sessionId,
    anonymousId: identity.anonymousId,
    page: input.page ? { ...page, ...input.page } : page,
  };
  if (input.name !== undefined) event.name = input.name;
  if (identity.userId !== undefined) event.userId = identity.userId;
  if (input.target) event.target = input.target;
  if (input.pos) event.pos = input.pos;
  const props = toProperties(input.props);
  if (props) event.props = props;
  // Only keys the event has: the marker never widens what passes unscrubbed.
  const opaque = props && input.opaque?.filter((key) => typeof props[key] === 'string');
  if (opaque && opaque.length > 0) event.opaque = opaque;
  return event;
}
