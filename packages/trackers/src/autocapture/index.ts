import type { Plugin } from '@sightline/core';
import { createClickPlugin } from './click';
import { createFieldChangePlugin } from './field-change';
import { createPageviewPlugin } from './pageview';
import { createSpaNavigationPlugin, type SpaNavigationOptions } from './spa-navigation';
import { createSubmitPlugin } from './submit';

export interface AutocaptureOptions {
  pageview?: boolean;
  spaNavigation?: boolean | SpaNavigationOptions;
  click?: boolean;
  submit?: boolean;
  fieldChange?: boolean;
}

/** The autocapture plugins, each on unless turned off. */
export function autocapture(options: AutocaptureOptions = {}): Plugin[] {
  const plugins: Plugin[] = [];
  if (options.pageview !== false) plugins.push(createPageviewPlugin());
  if (options.spaNavigation !== false) {
    plugins.push(createSpaNavigationPlugin(typeof options.spaNavigation === 'object' ? options.spaNavigation : {}));
  }
  if (options.click !== false) plugins.push(createClickPlugin());
  if (options.submit !== false) plugins.push(createSubmitPlugin());
  if (options.fieldChange !== false) plugins.push(createFieldChangePlugin());
  return plugins;
}

export { createClickPlugin, createFieldChangePlugin, createPageviewPlugin, createSpaNavigationPlugin, createSubmitPlugin };
export type { SpaNavigationOptions };
