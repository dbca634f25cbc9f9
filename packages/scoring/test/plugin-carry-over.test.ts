// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { allModels, createScoringPlugin, scoreStream } from '../src/index';
import { click, feedableClient, hide, pv } from './helpers';

/** One page load of the session: a client with the scoring plugin and a handle to feed samples. */
function pageLoad() {
  const test = feedableClient([createScoringPlugin(allModels)]);
  /** Shutdown flushes on the fake clock: advance it while waiting. */
  const close = async () => {
    const closed = test.client.shutdown();
    await test.clock.advance(5000);
    await closed;
  };
  return { ...test, close };
}

const savedKeys = () => Object.keys(sessionStorage).filter((key) => key.includes('scoring'));

afterEach(() => sessionStorage.clear());

describe('scoring across the page loads of a session', () => {
  it('goes on from the previous page: the same scores as the whole session in one stream', async () => {
    const first = pageLoad();
    first.push(pv(0, '/'), click(100, 10, 10), click(300, 12, 10), click(500, 14, 11), hide(2_000));
    await first.clock.advance(1000);
    expect(first.client.getSnapshot().scores['rage_click.count']).toBe(1);
    expect(savedKeys()).toHaveLength(1);
    await first.close();

    const second = pageLoad();
    second.push(pv(2_500, '/about'), click(3_000, 400, 300));
    await second.clock.advance(1000);
    const { scores } = second.client.getSnapshot();
    const whole = scoreStream([pv(0, '/'), click(100, 10, 10), click(300, 12, 10), click(500, 14, 11), hide(2_000), pv(2_500, '/about'), click(3_000, 400, 300)], 3_000);
    expect(scores['rage_click.count']).toBe(1);
    expect(scores['engaged_session.pageviews']).toBe(2);
    expect(scores['engaged_session.pageviews']).toBe(whole.engaged_session.pageviews);
    expect(scores.frustration).toBe(whole.frustration.score);
    // The rage click was reported by the page it happened on, not again by this one.
    expect(second.events.filter((event) => event.type === 'rage_click')).toEqual([]);
    await second.close();
  });

  it('starts afresh when the saved state is not one it can take', async () => {
    const first = pageLoad();
    first.push(pv(0, '/'), hide(500));
    await first.close();
    for (const key of savedKeys()) sessionStorage.setItem(key, '12\n{"v":1,"ids":["nope"]}');
    const page = pageLoad();
    page.push(pv(1_000, '/'), click(1_100, 10, 10));
    await page.clock.advance(1000);
    expect(page.client.getSnapshot().scores['engaged_session.pageviews']).toBe(1);
    expect(savedKeys()).toEqual([]);
    await page.close();
  });
});
