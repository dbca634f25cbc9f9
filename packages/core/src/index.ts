export { createClient } from './client/create-client';
export { createInertClient } from './client/inert-client';
export type { ClientOptions, CookielessMode, ResolvedConfig } from './client/config';
export type { ClientSnapshot, SightlineClient } from './client/types';
export { EVENT_VERSION } from './event/types';
export type {
  Batch,
  EventInput,
  JsonPrimitive,
  JsonValue,
  PageInfo,
  Position,
  Properties,
  Rect,
  SightlineEvent,
  TargetInfo,
  Viewport,
} from './event/types';
export { batchSchema, eventSchema, EVENT_LIMITS } from './event/schema';
export { uuidv7 } from './event/uuid';
export { scrubEvent, type EventScrubber } from './pipeline/scrub-event';
export type { SendOptions, SendResult, Transport, TransportContext, TransportFactory } from './delivery/transport';
export { UNLOAD_BODY_LIMIT } from './delivery/delivery';
export type {
  HubTarget,
  ListenOptions,
  Navigation,
  Plugin,
  PluginContext,
  PluginStage,
  Sample,
  Teardown,
  Unsubscribe,
} from './plugin/types';
export type { ConsentMode } from './consent/consent';
export type { IdentityProvider } from './identity/provider';
export type { Diagnostics, DropReason } from './outbox/diagnostics';
export type { Environment } from './env/environment';
export type { Clock, TimerHandle } from './env/clock';
export type { ScopedStorage, StorageArea } from './env/storage';
export type { Logger } from './util/logger';
export { SightlineError, type SightlineErrorCode } from './util/errors';
export { describeElement, positionOf, pageRect, selectorOf, shortText } from './dom/describe-element';
