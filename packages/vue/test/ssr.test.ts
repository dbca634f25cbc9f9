// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import type { TransportFactory } from '@sightline/core';
import { SightlinePlugin, useScore, useScores, useTrack } from '@sightline/vue';

const Page = defineComponent({
  setup() {
    const track = useTrack();
    track('during-setup');
    const scores = useScores();
    const engagement = useScore('engagement');
    return () => h('p', `scores:${Object.keys(scores.value).length} engagement:${engagement.value ?? 'none'}`);
  },
});

describe('server-side rendering', () => {
  it('renders without a DOM, creates no client and throws nothing', async () => {
    expect(typeof window).toBe('undefined');
    let transports = 0;
    const transport: TransportFactory = () => {
      transports++;
      throw new Error('no transport on the server');
    };
    const app = createSSRApp(Page);
    const router = { afterEach: () => { throw new Error('no router tracking on the server'); } };
    app.use(SightlinePlugin, { options: { projectKey: 'k', transport }, router });
    expect(await renderToString(app)).toContain('scores:0 engagement:none');
    expect(transports).toBe(0);
  });

  it('renders without the plugin too', async () => {
    expect(await renderToString(createSSRApp(Page))).toContain('scores:0 engagement:none');
  });
});
