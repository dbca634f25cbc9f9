// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createTestClient } from '@sightline/core/testing';
import type { Plugin, Sample, SightlineEvent } from '@sightline/core';
import { allModels, createScoringPlugin } from '@sightline/scoring';
import { interactionTrackers } from '@sightline/trackers';
import { scoreSession } from '../../src/scoring/score-session';

/**
 * The same stream scores the same in the browser (trackers + scoring plugin under happy-dom)
 * and on the server (scoreSession over the recorded samples).
 */
describe('browser and server agree', () => {
  it('gives the final client score exactly, field by field', async () => {
    document.body.innerHTML = `
      <div id="dead" style="height:40px">Not a button</div>
      <p id="copy" data-topic="faq">Returns are free within 30 days.</p>
      <form id="f"><input id="email" required /><button type="submit" data-cta>Send</button></form>`;
    const samples: Sample[] = [];
    const sent: SightlineEvent[] = [];
    const recorder: Plugin = {
      name: 'test/recorder',
      setup(ctx) {
        ctx.onSample((s) => samples.push(s));
        ctx.onEvent((e) => sent.push(e));
      },
    };
    const { client, clock } = createTestClient({
      projectKey: 'parity',
      outbox: { persist: false },
      plugins: [recorder, createScoringPlugin(allModels), ...interactionTrackers()],
    });
    await Promise.resolve();
    const dead = document.querySelector('#dead')!;
    for (let i = 0; i < 4; i++) {
      dead.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: 20 + i * 7, clientY: 30 + i }));
      dead.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: 20, clientY: 30, detail: 1 }));
    }
    const email = document.querySelector<HTMLInputElement>('#email')!;
    email.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    for (const [value, inputType] of [['a', 'insertText'], ['ab', 'insertText'], ['a', 'deleteContentBackward']] as const) {
      email.value = value;
      email.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
    }
    email.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    document.querySelector('#copy')!.dispatchEvent(new Event('copy', { bubbles: true }));
    await clock.advance(1000);
    window.dispatchEvent(new Event('pagehide'));

    const final = sent.find((e) => e.type === 'score' && e.props?.final === true);
    expect(final).toBeDefined();
    const server = scoreSession(sent, { samples });
    expect(server.source).toBe('samples');
    expect(server.mismatches).toEqual([]);
    const { T, final: _final, ...clientScores } = final!.props!;
    expect(server.T).toBe(T);
    expect(server.scores).toEqual(clientScores);
    expect(server.scores['rage_click.count']).toBe(1);
    expect(server.scores['form_abandonment.status']).toBe('abandoned');
    expect(server.scores['copy_intent.copies']).toBe(1);
    // Shutdown waits for the last flush at most 5 s of the (fake) clock.
    const closed = client.shutdown();
    await clock.advance(5000);
    await closed;
  });
});
