#!/usr/bin/env node
// `npm run example:vue`: the Sightline server and the Vue example app (Vite) pointed at it.
import { startExample } from './lib/start-example.mjs';

await startExample('vue', 5175);
