export { createIdentityGraph, type IdentityGraph } from './identity-graph';
export { observeEvent, type ObservedEvent } from './observe-event';
export { anonymous, device, nodeKey, user } from './types';
export type { EdgeKind, LinkOptions, NodeKind, NodeRef, Resolution, ResolverOptions } from './types';
