export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
}

/** Logs go to the console only when `debug` is on: an analytics SDK keeps the host console clean. */
export function createLogger(enabled: boolean): Logger {
  const write = (level: 'debug' | 'warn', message: string, details: unknown[]) => {
    if (!enabled || typeof console === 'undefined') return;
    try {
      console[level](`[sightline] ${message}`, ...details);
    } catch {
      // A console replaced by the page may throw; logging is never worth an error.
    }
  };
  return {
    debug: (message, ...details) => write('debug', message, details),
    warn: (message, ...details) => write('warn', message, details),
  };
}
