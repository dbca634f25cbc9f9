/** The part of an rrweb event the recorder reads; the rest travels untouched. */
export interface RecordedEvent {
  type: number;
  timestamp: number;
  data?: unknown;
}

/** rrweb event types the recorder reacts to. */
export const EVENT_META = 4;
export const EVENT_FULL_SNAPSHOT = 2;

/** The subset of `@rrweb/record`'s options Sightline sets. */
export interface RecordOptions {
  emit(event: RecordedEvent, isCheckout?: boolean): void;
  checkoutEveryNms?: number;
  blockSelector?: string;
  ignoreSelector?: string;
  maskTextSelector?: string;
  maskAllInputs?: boolean;
  maskInputOptions?: Record<string, boolean>;
  maskInputFn?: (text: string, element: HTMLElement) => string;
  maskTextFn?: (text: string, element: HTMLElement | null) => string;
  slimDOMOptions?: Record<string, boolean>;
  sampling?: Record<string, unknown>;
  recordCanvas?: boolean;
  recordCrossOriginIframes?: boolean;
  collectFonts?: boolean;
  inlineImages?: boolean;
  errorHandler?: (error: unknown) => boolean | void;
}

export interface RecordFunction {
  (options: RecordOptions): (() => void) | undefined;
  addCustomEvent(tag: string, payload: unknown): void;
  freezePage(): void;
  /** rrweb's id-to-node map. */
  mirror?: { getNode(id: number): Node | null };
}

/**
 * The recorder: either `createInstance`, a fresh rrweb for each recording (what Sightline's own
 * loader gives: rrweb keeps module-level state after stop, rrweb#1628, which then goes with the
 * instance), or one `record` shared by every recording (what `import('@rrweb/record')` gives).
 */
export interface RecorderModule {
  record?: RecordFunction;
  createInstance?: () => { record: RecordFunction };
}

/** The rrweb a recording uses: its own instance where the module can make one. */
export const recordFunctionOf = (module: RecorderModule): RecordFunction | undefined =>
  module.createInstance ? module.createInstance().record : module.record;

/** A dynamic import, so bundlers put rrweb in its own chunk and pages that never record skip it. */
export const loadRrweb = (): Promise<RecorderModule> => import('../rrweb').then((rrweb) => rrweb.createRecorderModule());
