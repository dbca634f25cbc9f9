export {
  autocapture,
  createClickPlugin,
  createFieldChangePlugin,
  createPageviewPlugin,
  createSpaNavigationPlugin,
  createSubmitPlugin,
  type AutocaptureOptions,
  type SpaNavigationOptions,
} from './autocapture/index';
export { INTERACTIVE_SELECTOR } from './dom/element-rules';
