import { EVENT_VERSION } from './types';

const MAX_TYPE_LENGTH = 64;
const MAX_NAME_LENGTH = 200;
const MAX_ID_LENGTH = 128;
const MAX_URL_LENGTH = 4096;
const MAX_TEXT_LENGTH = 256;
const MAX_SELECTOR_LENGTH = 1024;
const MAX_EVENTS_PER_BATCH = 1000;

/** Limits that both the client and the server hold events to. */
export const EVENT_LIMITS = {
  maxTypeLength: MAX_TYPE_LENGTH,
  maxNameLength: MAX_NAME_LENGTH,
  maxIdLength: MAX_ID_LENGTH,
  maxUrlLength: MAX_URL_LENGTH,
  maxTextLength: MAX_TEXT_LENGTH,
  maxSelectorLength: MAX_SELECTOR_LENGTH,
  maxEventsPerBatch: MAX_EVENTS_PER_BATCH,
} as const;

// The schemas read the constants above, not EVENT_LIMITS, and their calls are marked pure: a
// bundle that never validates (the browser SDK) can then drop them whole.
const shortString = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const finite = { type: 'number' } as const;
const nonNegativeInt = { type: 'integer', minimum: 0 } as const;

const rect = {
  type: 'object',
  additionalProperties: false,
  required: ['x', 'y', 'w', 'h'],
  properties: { x: finite, y: finite, w: finite, h: finite },
} as const;

const page = {
  type: 'object',
  additionalProperties: false,
  required: ['url', 'path', 'title', 'referrer', 'viewport', 'docHeight'],
  properties: {
    url: /* @__PURE__ */ shortString(MAX_URL_LENGTH),
    path: /* @__PURE__ */ shortString(MAX_URL_LENGTH),
    title: /* @__PURE__ */ shortString(1024),
    referrer: /* @__PURE__ */ shortString(MAX_URL_LENGTH),
    viewport: {
      type: 'object',
      additionalProperties: false,
      required: ['w', 'h'],
      properties: { w: nonNegativeInt, h: nonNegativeInt },
    },
    docHeight: nonNegativeInt,
  },
} as const;

const target = {
  type: 'object',
  additionalProperties: false,
  required: ['selector', 'tag'],
  properties: {
    selector: /* @__PURE__ */ shortString(MAX_SELECTOR_LENGTH),
    tag: /* @__PURE__ */ shortString(64),
    text: /* @__PURE__ */ shortString(MAX_TEXT_LENGTH),
    href: /* @__PURE__ */ shortString(MAX_URL_LENGTH),
    rect,
  },
} as const;

const position = {
  type: 'object',
  additionalProperties: false,
  required: ['pageX', 'pageY', 'relX', 'relY'],
  properties: {
    pageX: finite,
    pageY: finite,
    relX: { type: 'number', minimum: 0, maximum: 1 },
    relY: { type: 'number', minimum: 0, maximum: 1 },
  },
} as const;

/** JSON Schema (draft-07) of one {@link SightlineEvent}. `docs/event.schema.json` is generated from it. */
export const eventSchema = {
  $id: 'https://sightline.dev/schema/event-v1.json',
  type: 'object',
  additionalProperties: false,
  required: ['v', 'id', 'type', 'ts', 'sessionId', 'anonymousId', 'page'],
  properties: {
    v: { const: EVENT_VERSION },
    id: { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' },
    type: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: MAX_TYPE_LENGTH },
    name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
    ts: { type: 'integer', minimum: 0 },
    sessionId: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    anonymousId: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    userId: { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH },
    page,
    target,
    pos: position,
    props: { type: 'object' },
    opaque: { type: 'array', maxItems: 16, items: { type: 'string', minLength: 1, maxLength: 64 } },
  },
} as const;

/** JSON Schema of the body of `POST /v1/batch`. */
export const batchSchema = {
  $id: 'https://sightline.dev/schema/batch-v1.json',
  type: 'object',
  additionalProperties: false,
  required: ['v', 'sentAt', 'events'],
  properties: {
    v: { const: EVENT_VERSION },
    sentAt: { type: 'integer', minimum: 0 },
    events: { type: 'array', minItems: 1, maxItems: MAX_EVENTS_PER_BATCH, items: eventSchema },
  },
} as const;
