/** The parts of rrweb's event format the server reads: event types, node types, sources. */
export const EventType = {
  DomContentLoaded: 0,
  Load: 1,
  FullSnapshot: 2,
  IncrementalSnapshot: 3,
  Meta: 4,
  Custom: 5,
  Plugin: 6,
} as const;

export const NodeType = { Document: 0, DocumentType: 1, Element: 2, Text: 3, CDATA: 4, Comment: 5 } as const;

export const Source = {
  Mutation: 0,
  Input: 5,
  StyleSheetRule: 8,
  CanvasMutation: 9,
  Font: 10,
  Log: 11,
  StyleDeclaration: 13,
  AdoptedStyleSheet: 15,
} as const;

/** One rrweb event as the server keeps it: any JSON, with a numeric type and timestamp. */
export interface RecordedEvent {
  type: number;
  timestamp: number;
  data?: unknown;
  [key: string]: unknown;
}

/** A serialized DOM node (rrweb-snapshot); only the fields the sanitizer looks at are named. */
export interface SerializedNode {
  type: number;
  id?: number;
  tagName?: string;
  attributes?: Record<string, unknown>;
  childNodes?: unknown[];
  textContent?: string;
  isStyle?: boolean;
  [key: string]: unknown;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
