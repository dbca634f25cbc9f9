export const SERVER_DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  dataPath: './.sightline/sightline.duckdb',
  projectId: 'default',
} as const;

/** Project ids appear in logs and, later, in URLs: keep them plain. */
export const PROJECT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
