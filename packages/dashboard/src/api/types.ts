/**
 * The answers of the server's read API (docs/server.md, "Query API"), as the dashboard uses
 * them. Kept here rather than imported from the server so the browser bundle has no Node types.
 */
export type DeviceClass = 'mobile' | 'tablet' | 'desktop';
export const DEVICE_CLASSES: readonly DeviceClass[] = ['mobile', 'tablet', 'desktop'];

export const FRUSTRATION_SIGNALS = ['rage_click', 'dead_click', 'error_click', 'quick_back', 'form_abandon'] as const;
export type FrustrationSignal = (typeof FRUSTRATION_SIGNALS)[number];

/** An event as stored (the SDK's `SightlineEvent`). Only the fields the dashboard reads are typed. */
export interface StoredEvent {
  id: string;
  type: string;
  name?: string;
  ts: number;
  sessionId: string;
  anonymousId: string;
  userId?: string;
  page: { url: string; path: string; title: string; referrer: string; viewport: { w: number; h: number }; docHeight?: number };
  target?: { selector: string; tag?: string; text?: string; href?: string; rect?: { x: number; y: number; w: number; h: number } };
  pos?: { pageX: number; pageY: number; relX?: number; relY?: number };
  props?: Record<string, unknown>;
}

export interface SessionSummary {
  sessionId: string;
  anonymousId: string;
  userId: string | null;
  startedAt: number;
  endedAt: number;
  durationMs: number;
  events: number;
  pageviews: number;
  entryUrl: string;
  device: DeviceClass;
  scores: Record<string, number>;
  signals: Record<FrustrationSignal, number>;
}

export interface ClickHeatmap {
  total: number;
  byDevice: Array<{ device: DeviceClass; clicks: number; sessions: number }>;
  elements: Array<{ device: DeviceClass; selector: string; clicks: number; positions: Array<{ x: number; y: number; clicks: number }> }>;
  density: Array<{ device: DeviceClass; x: number; y: number; clicks: number }>;
}

export interface MoveHeatmap {
  total: number;
  cells: Array<{ device: DeviceClass; x: number; y: number; weight: number }>;
}

export interface ScrollMap {
  sessions: number;
  depths: Array<{ depth: number; sessions: number; share: number }>;
}

export interface FrustratedElement {
  signal: string;
  selector: string;
  /** With `byPage=true`: the page the element is on. */
  path?: string;
  tag: string | null;
  text: string | null;
  count: number;
  sessions: number;
}

export interface FrustrationRateRow {
  t: number;
  path: string;
  sessions: number;
  signals: Record<FrustrationSignal, { count: number; sessions: number; rate: number }>;
}

/** `GET /v1/query/session-events`: one page of a session's events in (ts, id) order. */
export interface SessionEventsPage {
  events: StoredEvent[];
}

/** One stored `replay_chunk`, as listed by `GET /v1/replay/<sessionId>`. */
export interface ReplayChunk {
  seq: number;
  startTs: number;
  endTs: number;
  count: number;
}

/** An rrweb event as recorded; the Replayer reads `type`, `timestamp` and `data`. */
export interface RecordedEvent {
  type: number;
  timestamp: number;
  data: unknown;
  delay?: number;
}

/**
 * `GET /v1/replay/<sessionId>?fromSeq=&limit=`: a page of the session's chunks, decoded into one
 * ordered event list; `nextSeq` is where the next page starts when there is one.
 */
export interface ReplayRecording {
  sessionId: string;
  chunks: ReplayChunk[];
  events: RecordedEvent[];
  nextSeq?: number;
}
