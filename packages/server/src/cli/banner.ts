import type { RunningServer } from '../server/start-server';

/** What the CLI prints once it listens: everything needed to point an SDK at it. */
export function formatBanner(server: RunningServer): string {
  return [
    `Sightline server listening on ${server.url}`,
    `  data file:  ${server.dataPath}`,
    `  project:    ${server.projectId}`,
    `  write key:  ${server.writeKey}`,
    `  read key:   ${server.readKey}`,
    '',
  ].join('\n');
}
