import type { ResolvedReplayOptions } from '../options';
import type { RecordOptions } from '../recording/recorder-module';
import { createInputMasker, createTextMasker } from './mask';

/** Every form control rrweb knows, and `input` itself, so new or unknown types are masked too. */
const MASKED_INPUTS = [
  'input', 'textarea', 'select', 'password', 'text', 'email', 'tel', 'url', 'search', 'number',
  'date', 'datetime-local', 'month', 'week', 'time', 'color', 'range', 'hidden',
];

/** Head noise and scripts are left out of the recording entirely. */
const SLIM_DOM = {
  script: true,
  comment: true,
  headFavicon: true,
  headWhitespace: true,
  headMetaSocial: true,
  headMetaRobots: true,
  headMetaHttpEquiv: true,
  headMetaVerification: true,
  headMetaAuthorship: true,
  headMetaDescKeywords: true,
};

type PrivacyOptions = Pick<
  RecordOptions,
  | 'blockSelector' | 'ignoreSelector' | 'maskTextSelector' | 'maskAllInputs' | 'maskInputOptions' | 'maskInputFn'
  | 'maskTextFn' | 'slimDOMOptions' | 'recordCanvas' | 'recordCrossOriginIframes' | 'collectFonts' | 'inlineImages'
>;

/** The rrweb options that carry Sightline's privacy defaults. */
export function privacyOptions(options: ResolvedReplayOptions, scrub: (text: string) => string): PrivacyOptions {
  const rules = { maskSelector: options.maskSelector, unmaskSelector: options.unmaskSelector, maskAllText: options.maskAllText, scrub };
  return {
    blockSelector: options.blockSelector,
    ignoreSelector: '[data-sl-ignore]',
    // `*` makes rrweb hand every text node to maskTextFn, which scrubs PII or masks it.
    maskTextSelector: '*',
    maskAllInputs: false,
    maskInputOptions: Object.fromEntries(MASKED_INPUTS.map((type) => [type, true])),
    maskInputFn: createInputMasker(rules),
    maskTextFn: createTextMasker(rules),
    slimDOMOptions: SLIM_DOM,
    recordCanvas: options.recordCanvas,
    recordCrossOriginIframes: false,
    collectFonts: false,
    inlineImages: false,
  };
}
