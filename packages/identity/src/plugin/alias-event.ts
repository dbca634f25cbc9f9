import type { EventInput, Properties } from '@sightline/core';

export const ALIAS_EVENT = 'alias';
/** Sent after `reset()`, from the new anonymous id, with the one it replaced as `previousId`. */
export const RESET_EVENT = 'reset';

export type AliasReason = 'identify' | 'alias' | 'storage_conflict' | 'server_cookie';

/**
 * One `alias` event says "these two ids are the same person": `previousId` (an anonymous or a
 * user id) belongs with `userId` or with `anonymousId`. The server turns it into a deterministic edge.
 */
export function aliasEvent(link: { previousId: string; userId?: string; anonymousId?: string; reason: AliasReason }): EventInput {
  // Only the app's own `alias()` starts from a user id; the plugin's links start from anonymous ids.
  const previousKind = link.reason === 'alias' ? 'user' : 'anonymous';
  const props: Properties = { previousId: link.previousId, previousKind, reason: link.reason };
  if (link.userId) props.userId = link.userId;
  if (link.anonymousId) props.anonymousId = link.anonymousId;
  return { type: ALIAS_EVENT, props };
}
