import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchSchema, eventSchema } from '@sightline/core';

const published = (name: string) =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../docs/schema', name), 'utf8')) as Record<string, unknown>;

describe('the published JSON Schemas', () => {
  it('match the schemas the server validates with (run `npm run schemas` after a change)', () => {
    const { $schema: eventDraft, ...event } = published('event-v1.json');
    const { $schema: batchDraft, ...batch } = published('batch-v1.json');
    expect(eventDraft).toBe('http://json-schema.org/draft-07/schema#');
    expect(batchDraft).toBe(eventDraft);
    expect(event).toEqual(JSON.parse(JSON.stringify(eventSchema)));
    expect(batch).toEqual(JSON.parse(JSON.stringify(batchSchema)));
  });
});
