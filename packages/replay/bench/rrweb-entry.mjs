import { record } from '@rrweb/record';

const state = { events: 0, bytes: 0 };
let stop;
window.bench = {
  state,
  start() {
    // rrweb's defaults; each event is serialized, as any sender must.
    stop = record({
      emit(event) {
        state.events++;
        state.bytes += JSON.stringify(event).length;
      },
    });
  },
  stats: () => null,
  stop: () => stop?.(),
};
