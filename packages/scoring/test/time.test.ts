import { describe, expect, it } from 'vitest';
import { activeTime, attention, engagedSession } from '../src/index';
import { hide, move, pv, run, vis } from './helpers';

describe('active_time (§2.2 #11)', () => {
  it('each activity extends the 5 s window', () => {
    // pageview@0 → [0,5000); move@2000 → [0,7000); T = 10000 → 7000
    expect(run([pv(0), move(2000, 1, 1)], 10_000, [activeTime]).active_time.activeMs).toBe(7000);
    // queried mid-window: T = 4000 → 4000
    expect(run([pv(0), move(2000, 1, 1)], 4000, [activeTime]).active_time.activeMs).toBe(4000);
  });

  it('a tab hidden for five minutes stops the clock at once', () => {
    // [0,3000) visible and active; hidden 3000..303000; visible@303000 counts as activity → [303000, 308000)
    const a = [pv(0), vis(3000, 'hidden'), vis(303_000, 'visible')];
    expect(run(a, 310_000, [activeTime]).active_time.activeMs).toBe(8000); // 3000 + 5000
  });

  it('pagehide stops accrual', () => {
    expect(run([pv(0), move(1000, 1, 1), hide(2000)], 10_000, [activeTime]).active_time.activeMs).toBe(2000);
  });
});

describe('engaged_session (§2.2 #12)', () => {
  it('needs more than 10000 ms in the foreground', () => {
    expect(run([pv(0)], 10_000, [engagedSession]).engaged_session).toMatchObject({ flag: false, reasons: [] });
    expect(run([pv(0)], 10_001, [engagedSession]).engaged_session).toMatchObject({ flag: true, reasons: ['duration'] });
  });

  it('two pageviews or a conversion', () => {
    expect(run([pv(0), pv(100, '/b')], 200, [engagedSession]).engaged_session.reasons).toEqual(['pageviews']);
    expect(run([pv(0), { kind: 'conversion', t: 50 }], 200, [engagedSession]).engaged_session.reasons).toEqual(['key_event']);
  });

  it('hidden time is not foreground time', () => {
    // visible 0..6000, hidden 6000..306000, visible 306000..T=311000 → 6000 + 5000 = 11000 > 10000
    const a = [pv(0), vis(6000, 'hidden'), vis(306_000, 'visible')];
    expect(run(a, 311_000, [engagedSession]).engaged_session.foregroundMs).toBe(11_000);
  });
});

describe('attention (§2.2 #13)', () => {
  it('a tab hidden for five minutes', () => {
    // visible 0..60000 and 360000..420000 = 120000; hidden 300000; elapsed 420000
    // floor((200·120000 + 420000) / (2·420000)) = floor(24420000 / 840000) = floor(29.07) = 29
    const a = [pv(0), vis(60_000, 'hidden'), vis(360_000, 'visible')];
    expect(run(a, 420_000, [attention]).attention).toEqual({
      score: 29, visibleMs: 120_000, hiddenMs: 300_000, tabSwitches: 1, longestHiddenMs: 300_000,
    });
  });

  it('a hidden span still running at T counts in longestHiddenMs', () => {
    // visible 1000, hidden 5000 (running): floor((200·1000 + 6000)/12000) = floor(17.17) = 17
    expect(run([pv(0), vis(1000, 'hidden')], 6000, [attention]).attention).toMatchObject({ score: 17, longestHiddenMs: 5000 });
  });

  it('a repeated state is ignored; elapsed 0 scores 100; pagehide stops the clock', () => {
    expect(run([pv(0), vis(100, 'visible')], 1000, [attention]).attention.tabSwitches).toBe(0);
    expect(run([pv(0)], 0, [attention]).attention.score).toBe(100);
    // visible 0..1000, hidden 1000..3000, pagehide at 3000: floor((200000 + 3000)/6000) = 33
    expect(run([pv(0), vis(1000, 'hidden'), hide(3000)], 50_000, [attention]).attention).toMatchObject({ score: 33, hiddenMs: 2000 });
  });

  it('multi-page: the gap between pagehide and the next pageview is elapsed but not visible', () => {
    // visible 0..1000 (page 1) and 1500..2500 (page 2) = 2000; elapsed = 2500 − 0
    // floor((200·2000 + 2500) / 5000) = floor(80.5) = 80
    expect(run([pv(0), hide(1000), pv(1500, '/b')], 2500, [attention]).attention).toMatchObject({ score: 80, visibleMs: 2000, hiddenMs: 0 });
  });

  it('elapsed restarts at the activity event that detected session expiry', () => {
    // move at 1_800_000 after the pageview at 0: new session starts at 1_800_000; T = 1_801_000 → 1000 visible → 100
    expect(run([pv(0), vis(100, 'hidden'), vis(200, 'visible'), move(1_800_200, 1, 1)], 1_801_200, [attention]).attention)
      .toMatchObject({ score: 100, visibleMs: 1000, tabSwitches: 0 });
  });

  it('an initially hidden page (env probe) is not a tab switch', () => {
    const env = { kind: 'env', t: 0, webdriver: false, userAgent: 'x', languagesLength: 1, pluginsLength: 3,
      isChromeDesktop: true, outerWidth: 800, outerHeight: 600, hasFocus: false, visibilityState: 'hidden' } as const;
    // hidden 0..4000, visible 4000..T=5000 → floor((200·1000 + 5000)/10000) = 20
    expect(run([env, pv(0), vis(4000, 'visible')], 5000, [attention]).attention).toMatchObject({ score: 20, tabSwitches: 0 });
  });
});
