export { SightlinePlugin, type SightlinePluginOptions } from './plugin';
export { useSightline, useTrack, useSnapshot, useScores, useScore } from './composables';
export { trackRouter, type RouteLike, type RouterLike, type RouterTrackingOptions } from './router';
export { SIGHTLINE_CLIENT } from './injection-key';
