/** The only sandbox a replay iframe may have: its DOM readable by the player, no scripts, forms, popups or navigation. */
export const REPLAY_SANDBOX = 'allow-same-origin';

/**
 * Throws unless the iframe's sandbox is exactly `allow-same-origin`. A recording is a copy of a
 * stranger's page: with `allow-scripts` next to `allow-same-origin` its scripts could reach the
 * dashboard's origin and read key. rrweb sets this itself; checking after every mount keeps a
 * future upgrade or option from loosening it silently.
 */
export function assertReplaySandbox(iframe: HTMLIFrameElement): void {
  const tokens = (iframe.getAttribute('sandbox') ?? '').split(/\s+/).filter(Boolean);
  if (!iframe.hasAttribute('sandbox') || tokens.length !== 1 || tokens[0] !== REPLAY_SANDBOX) {
    throw new Error(`The replay iframe must be sandboxed to exactly "${REPLAY_SANDBOX}", not "${iframe.getAttribute('sandbox') ?? '(none)'}".`);
  }
}
