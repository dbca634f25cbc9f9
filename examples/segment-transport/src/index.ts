export { createSegmentTransport, type SegmentTransportOptions } from './segment-transport';
export { toSegmentBatch, toSegmentMessage, type SegmentBatch, type SegmentMessage } from './to-segment';
