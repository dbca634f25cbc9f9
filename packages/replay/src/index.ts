export { createReplayPlugin, type ReplayPlugin } from './plugin';
export { DEFAULT_SIGNALS, resolveOptions, type OnSignalOptions, type ReplayOptions, type ResolvedReplayOptions } from './options';
export type { ReplayStats } from './stats';
export type { ChunkEncoding } from './chunk/encode';
export type { RecordedEvent, RecorderModule, RecordFunction, RecordOptions } from './recording/recorder-module';
export type { StormOptions } from './recording/storm-watch';
export type { ReplayMode } from './sampling/decision';
