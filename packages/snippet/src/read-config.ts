import type { ClientOptions, ConsentMode } from '@sightline/core';
import type { AutocaptureOptions } from '@sightline/trackers';

/** What the script tag asks for. `replay` is read by the full build only. */
export interface SnippetConfig {
  options: ClientOptions;
  autocapture: AutocaptureOptions;
  /** From `data-replay`: a share of sessions (`1`, `0.1`), or `signal` to keep only sessions with a frustration signal. */
  replay?: { sampleRate: number; onSignal?: boolean };
}

const flag = (value: string | undefined) => value !== undefined && value !== 'false' && value !== '0';

/**
 * Client options from the script tag's `data-` attributes:
 * `data-project-key` (required), `data-endpoint` (default: the origin the script came from),
 * `data-consent`, `data-debug`, `data-respect-dnt`, `data-gpc="false"`, and
 * `data-autocapture="false"` or a list such as `"pageview,click"`, and (full build) `data-replay`.
 */
export function readConfig(script: HTMLScriptElement): SnippetConfig {
  const data = script.dataset;
  let endpoint = data.endpoint;
  if (!endpoint && script.src) endpoint = new URL(script.src, location.href).origin;
  const options: ClientOptions = {
    projectKey: data.projectKey ?? '',
    endpoint,
    debug: flag(data.debug),
    respectDoNotTrack: flag(data.respectDnt),
    respectGlobalPrivacyControl: data.gpc !== 'false',
  };
  if (data.consent) options.consent = data.consent as ConsentMode;
  const config: SnippetConfig = { options, autocapture: readAutocapture(data.autocapture) };
  const replay = readReplay(data.replay);
  if (replay) config.replay = replay;
  return config;
}

function readReplay(value: string | undefined): SnippetConfig['replay'] {
  if (value === undefined || value === 'false' || value === '0') return undefined;
  if (value === 'signal') return { sampleRate: 0, onSignal: true };
  const rate = value === '' || value === 'true' ? 1 : Number(value);
  return Number.isFinite(rate) && rate > 0 ? { sampleRate: Math.min(rate, 1) } : undefined;
}

function readAutocapture(value: string | undefined): AutocaptureOptions {
  if (value === undefined || value === '' || value === 'true') return {};
  if (value === 'false') return { pageview: false, spaNavigation: false, click: false, submit: false, fieldChange: false };
  const on = new Set(value.split(',').map((part) => part.trim()));
  return {
    pageview: on.has('pageview'),
    spaNavigation: on.has('navigation'),
    click: on.has('click'),
    submit: on.has('submit'),
    fieldChange: on.has('change'),
  };
}
