export { createProbePlugin as createProbe, type ProbePlugin as Probe } from '@sightline/core/testing';

let counter = 0;
/** A project key per test, so storage never leaks between tests. */
export const uniqueKey = () => `vue-${Date.now()}-${++counter}`;
