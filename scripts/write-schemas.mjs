#!/usr/bin/env node
// Writes the wire JSON Schemas from @sightline/core into docs/schema/. A core test fails when
// they drift, so run this (`npm run schemas`) after changing packages/core/src/event/schema.ts.
import { writeFileSync } from 'node:fs';
import { batchSchema, eventSchema } from '@sightline/core';

const write = (name, schema) =>
  writeFileSync(new URL(`../docs/schema/${name}`, import.meta.url), `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', ...schema }, null, 2)}\n`);
write('event-v1.json', eventSchema);
write('batch-v1.json', batchSchema);
console.log('wrote docs/schema/event-v1.json and docs/schema/batch-v1.json');
