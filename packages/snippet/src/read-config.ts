import type { ClientOptions, ConsentMode } from '@sightline/core';
import type { AutocaptureOptions } from '@sightline/trackers';

const flag = (value: string | undefined) => value !== undefined && value !== 'false' && value !== '0';

/**
 * Client options from the script tag's `data-` attributes:
 * `data-project-key` (required), `data-endpoint` (default: the origin the script came from),
 * `data-consent`, `data-debug`, `data-respect-dnt`, `data-gpc="false"`, and
 * `data-autocapture="false"` or a list such as `"pageview,click"`.
 */
export function readConfig(script: HTMLScriptElement): { options: ClientOptions; autocapture: AutocaptureOptions } {
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
  return { options, autocapture: readAutocapture(data.autocapture) };
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
