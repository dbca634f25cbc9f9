import type { IdentityGraph } from './identity-graph';
import { anonymous, device, user } from './types';

/** The fields of a Sightline event the resolver reads; structural, so the resolver needs no other package. */
export interface ObservedEvent {
  type: string;
  anonymousId: string;
  userId?: string;
  /** Epoch ms; orders device sightings. */
  ts?: number;
  props?: Record<string, unknown>;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Turns one event into graph edges: any event with a user id links it to its anonymous id;
 * `alias` links `props.previousId` to `props.userId` or `props.anonymousId`; `reset` marks
 * `props.previousId` and the new anonymous id as split at logout; `device_signal` links the
 * anonymous id to `props.signal`.
 */
export function observeEvent(graph: IdentityGraph, event: ObservedEvent): void {
  const anon = anonymous(event.anonymousId);
  graph.touch(anon);
  if (text(event.userId)) graph.link(anon, user(event.userId as string), 'identify');
  const props = event.props ?? {};
  if (event.type === 'alias') {
    const previousId = text(props.previousId);
    if (!previousId) return;
    const kind = props.previousKind === 'user' || props.previousKind === 'anonymous' ? props.previousKind : UUID.test(previousId) ? 'anonymous' : 'user';
    const previous = kind === 'user' ? user(previousId) : anonymous(previousId);
    const userId = text(props.userId);
    const anonymousId = text(props.anonymousId);
    if (userId) graph.link(previous, user(userId), 'alias');
    else if (anonymousId) graph.link(previous, anonymous(anonymousId), 'alias');
  } else if (event.type === 'reset') {
    const previousId = text(props.previousId);
    if (previousId) graph.link(anonymous(previousId), anon, 'reset');
  } else if (event.type === 'device_signal') {
    const signal = text(props.signal);
    if (signal) graph.link(anon, device(signal), 'device', typeof event.ts === 'number' ? { at: event.ts } : {});
  }
}
