import { describe, expect, it } from 'vitest';
import { contentAffinity, copyIntent, type ScoringInput } from '../src/index';
import { click, hide, hoverEnter, pv, run, selChange, tgt } from './helpers';

const clip = (t: number, kind: 'copy' | 'cut' | 'paste', target = tgt('#p', { tag: 'p' }), length: number | null = 42, targetEditable = false): ScoringInput => ({
  kind: 'clip', t, clip: kind, target, length, targetEditable,
});

describe('copy_intent (§2.2 #19, text_selection debounce §1.2)', () => {
  it('copies of page content and a debounced selection', () => {
    // copy 42 chars (+40); paste ignored; copy inside an editable field ignored; private copy: length null → 0 chars
    const a = [pv(0), clip(100, 'copy'), clip(200, 'paste'), clip(300, 'copy', tgt('#i'), 5, true), clip(400, 'cut', tgt('#pw'), null)];
    expect(run(a, 1000, [copyIntent]).copy_intent).toEqual({ score: 80, copies: 2, copiedChars: 42, selections: 0, flag: true });
  });

  it('a selection fires 500 ms after the last change; a change at exactly that time restarts it', () => {
    const a = [pv(0), selChange(1000, 10)];
    expect(run(a, 1499, [copyIntent]).copy_intent.selections).toBe(0);
    expect(run(a, 1500, [copyIntent]).copy_intent).toMatchObject({ selections: 1, score: 10 });
    const b = [pv(0), selChange(1000, 10), selChange(1500, 12)]; // timer due 1500 fires after events at 1500 → restarted
    expect(run(b, 1999, [copyIntent]).copy_intent.selections).toBe(0);
    expect(run(b, 2000, [copyIntent]).copy_intent.selections).toBe(1);
  });

  it('a collapse cancels; pagehide drops a waiting selection', () => {
    expect(run([pv(0), selChange(1000, 10), selChange(1200, 0)], 5000, [copyIntent]).copy_intent.selections).toBe(0);
    expect(run([pv(0), selChange(1000, 10), hide(1200)], 5000, [copyIntent]).copy_intent.selections).toBe(0);
  });
});

describe('content_affinity (§2.2 #20)', () => {
  const pricing = tgt('#plan', { topic: 'pricing' });
  const docs = tgt('#doc', { tag: 'p', topic: 'docs' });

  it('weights clicks 2, selections 3, copies 4, hovers 1', () => {
    // pricing: click 2 + selection 3 = 5; docs: copy 4; W = 9
    // pricing: floor((1000 + 9)/18) = 56; docs: floor((800 + 9)/18) = 44
    const a = [pv(0), click(100, 1, 1, '#plan', { target: pricing }), clip(200, 'copy', docs), selChange(300, 8, pricing)];
    expect(run(a, 800, [contentAffinity]).content_affinity).toEqual({ shares: { pricing: 56, docs: 44 }, topTopic: 'pricing' });
    // before the selection fires (T = 799 < 800): pricing 2, docs 4, W = 6 → 33 / 67
    expect(run(a, 799, [contentAffinity]).content_affinity).toEqual({ shares: { pricing: 33, docs: 67 }, topTopic: 'docs' });
  });

  it('hover intent on a topic adds 1; ties go to the smallest topic', () => {
    const b = tgt('#b', { topic: 'b' });
    const aT = tgt('#a', { topic: 'a' });
    // a tie: one click each → a 2, b 2, W 4 → 50/50; the lexicographically smaller 'a' wins
    const x = [pv(0), click(10, 1, 1, '#b', { target: b }), click(20, 1, 1, '#a', { target: aT })];
    expect(run(x, 100, [contentAffinity]).content_affinity).toEqual({ shares: { b: 50, a: 50 }, topTopic: 'a' });
    const y = [pv(0), hoverEnter(0, b, 5, 5)]; // still pointer: intent at the poll at 100 → b 1, W 1 → 100
    expect(run(y, 100, [contentAffinity]).content_affinity).toEqual({ shares: { b: 100 }, topTopic: 'b' });
  });

  it('no topical interaction → {} and null', () => {
    expect(run([pv(0), click(10, 1, 1)], 100, [contentAffinity]).content_affinity).toEqual({ shares: {}, topTopic: null });
  });
});
