export { SightlineProvider, type SightlineProviderProps } from './provider';
export { useSightline, useTrack, useSnapshot, useScores, useScore } from './hooks';
export { usePageTracking, type PageTrackingOptions } from './use-page-tracking';
export { SightlineContext } from './context';
