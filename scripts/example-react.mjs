#!/usr/bin/env node
// `npm run example:react`: the Sightline server and the React example app (Vite) pointed at it.
import { startExample } from './lib/start-example.mjs';

await startExample('react', 5174);
