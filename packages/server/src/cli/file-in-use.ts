/**
 * DuckDB lets one process at a time open a file for writing. Its own message names a PID and a
 * binary; an operator needs to hear that a running server holds it.
 */
export function explainOpenFailure(error: unknown, dataPath: string): string {
  const message = (error as Error).message ?? String(error);
  if (/lock/i.test(message)) {
    return `the data file ${dataPath} is in use by another process, most likely a running sightline-server; stop it and try again`;
  }
  return message;
}
