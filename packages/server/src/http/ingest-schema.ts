import { batchSchema } from '@sightline/core';

const safeInteger = { type: 'integer', maximum: Number.MAX_SAFE_INTEGER } as const;
// JSON.parse turns 1e400 into Infinity, which would be stored as null: refuse it instead.
const finite = { type: 'number', minimum: -Number.MAX_VALUE, maximum: Number.MAX_VALUE } as const;
const object = <P extends object>(properties: P) => ({ type: 'object', properties }) as const;

/**
 * Core's wire schema plus what storage needs on top: integers that fit a BIGINT exactly and
 * finite coordinates. Types are repeated only because Ajv's strict mode asks for them; core's
 * schema is checked first, so its messages win.
 */
export const ingestBodySchema = {
  allOf: [
    batchSchema,
    object({
      sentAt: safeInteger,
      events: {
        type: 'array',
        items: object({
          ts: safeInteger,
          page: object({ viewport: object({ w: safeInteger, h: safeInteger }), docHeight: safeInteger }),
          target: object({ rect: object({ x: finite, y: finite, w: finite, h: finite }) }),
          pos: object({ pageX: finite, pageY: finite }),
        }),
      },
    }),
  ],
} as const;
