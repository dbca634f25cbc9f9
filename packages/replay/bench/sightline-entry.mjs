import { createClient } from '@sightline/core';
import { createReplayPlugin } from '@sightline/replay';

const state = { chunks: 0, bytes: 0, eventBytes: 0, firstStart: 0, lastEnd: 0 };
let client;
let replay;
window.bench = {
  state,
  start({ withoutReplay = false, ...options } = {}) {
    // withoutReplay: core and the sink alone, to tell core's own cost from the recorder's.
    replay = withoutReplay ? null : createReplayPlugin({ minDurationMs: 0, ...options });
    const sink = {
      name: 'bench/sink',
      setup: (ctx) =>
        void ctx.onEvent((event) => {
          if (event.type !== 'replay_chunk') return;
          state.chunks++;
          state.bytes += event.props.data.length;
          state.eventBytes += JSON.stringify(event).length;
          state.firstStart = state.firstStart || event.props.startTs;
          state.lastEnd = event.props.endTs;
        }),
    };
    client = createClient({ projectKey: 'bench', transport: () => ({ name: 'null', send: async () => ({ status: 'delivered' }) }), plugins: replay ? [sink, replay] : [sink] });
  },
  stats: () => replay?.getReplayStats(),
  stop: () => client?.shutdown(),
};
