import { EVENT_VERSION } from './types';

/** Limits that both the client and the server hold events to. */
export const EVENT_LIMITS = {
  maxTypeLength: 64,
  maxNameLength: 200,
  maxIdLength: 128,
  maxUrlLength: 4096,
  maxTextLength: 256,
  maxSelectorLength: 1024,
  maxEventsPerBatch: 1000,
} as const;

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
    url: shortString(EVENT_LIMITS.maxUrlLength),
    path: shortString(EVENT_LIMITS.maxUrlLength),
    title: shortString(1024),
    referrer: shortString(EVENT_LIMITS.maxUrlLength),
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
    selector: shortString(EVENT_LIMITS.maxSelectorLength),
    tag: shortString(64),
    text: shortString(EVENT_LIMITS.maxTextLength),
    href: shortString(EVENT_LIMITS.maxUrlLength),
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
    type: { type: 'string', pattern: '^[a-z][a-z0-9_]*$', maxLength: EVENT_LIMITS.maxTypeLength },
    name: { type: 'string', minLength: 1, maxLength: EVENT_LIMITS.maxNameLength },
    ts: { type: 'integer', minimum: 0 },
    sessionId: { type: 'string', minLength: 1, maxLength: EVENT_LIMITS.maxIdLength },
    anonymousId: { type: 'string', minLength: 1, maxLength: EVENT_LIMITS.maxIdLength },
    userId: { type: 'string', minLength: 1, maxLength: EVENT_LIMITS.maxIdLength },
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
    events: { type: 'array', minItems: 1, maxItems: EVENT_LIMITS.maxEventsPerBatch, items: eventSchema },
  },
} as const;
