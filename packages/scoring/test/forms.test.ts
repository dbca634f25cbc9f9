import { describe, expect, it } from 'vitest';
import { formAbandonment, formCompletion, formFriction, type ScoringInput } from '../src/index';
import { blur, field, focus, hide, input, pv, run } from './helpers';

const email = field('#email');
const name = field('#name');

/** One field filled, then refilled three times (Zuko "field return" with new input each time). */
const refilledThreeTimes: ScoringInput[] = [
  pv(0),
  focus(100, email), input(600, email, 5), blur(1100, email), // visit 1: first input 500 ms after focus; lastBlurLength 5
  focus(2000, email), input(2100, email, 4, 'deleteContentBackward'), blur(2500, email), // return → refill 1, correction 1
  focus(3000, email), input(3100, email, 5), blur(3500, email), // return → refill 2
  focus(4000, email), input(6500, email, 6), blur(7000, email), // return → refill 3; 6500 − 4000 = 2500 > 2000 → hesitation
];

describe('form_friction (§1.2 form_field, §2.2 #7)', () => {
  it('a field refilled three times', () => {
    // 15·0 errors + 10·3 refills + 5·1 hesitation + 2·min(1, 20) corrections = 30 + 5 + 2 = 37
    const r = run(refilledThreeTimes, 10_000, [formFriction]).form_friction;
    expect(r.score).toBe(37);
    expect(r.perForm).toEqual({ 'form#f': 37 });
  });

  it('adds 15 per invalid event', () => {
    const inputs = [...refilledThreeTimes, { kind: 'invalid', t: 8000, target: email } as ScoringInput];
    expect(run(inputs, 10_000, [formFriction]).form_friction.score).toBe(52); // 37 + 15
  });

  it('hesitation needs strictly more than 2000 ms', () => {
    // first input exactly 2000 ms after focusin → not a hesitation → 0 points
    expect(run([pv(0), focus(0, name), input(2000, name, 1)], 9000, [formFriction]).form_friction.score).toBe(0);
    expect(run([pv(0), focus(0, name), input(2001, name, 1)], 9000, [formFriction]).form_friction.score).toBe(5);
  });

  it('a return to an empty field is not a refill; corrections are capped at 20', () => {
    // blur with length 0 → lastBlurLength 0 → next focus is no return
    const a = [pv(0), focus(0, name), blur(100, name), focus(200, name), input(300, name, 1)];
    expect(run(a, 9000, [formFriction]).form_friction.score).toBe(0);
    // 25 deletions → 2·min(25, 20) = 40
    const dels = Array.from({ length: 25 }, (_, i) => input(400 + i, name, 10 - (i % 10), 'deleteContentBackward'));
    expect(run([pv(0), focus(0, name), ...dels], 9000, [formFriction]).form_friction.score).toBe(40);
  });

  it('an input outside any visit (autofill) is not a refill or a hesitation', () => {
    const a = [pv(0), focus(0, name), input(100, name, 3), blur(200, name), input(9000, name, 8)];
    expect(run(a, 9500, [formFriction]).form_friction.score).toBe(0);
  });
});

describe('form_abandonment (§2.2 #8)', () => {
  it('not_started → in_progress → abandoned at pagehide, with the last-touched field', () => {
    expect(run([pv(0)], 100, [formAbandonment]).form_abandonment.status).toBe('not_started');
    const started = [pv(0), focus(100, email), input(200, email, 3), focus(300, name), input(400, email, 4)];
    expect(run(started, 500, [formAbandonment]).form_abandonment).toMatchObject({ status: 'in_progress', abandonedField: null });
    // latest focusin/input: input on #email at 400 (after #name's focusin at 300)
    const r = run([...started, hide(1000)], 2000, [formAbandonment]).form_abandonment;
    expect(r).toMatchObject({ status: 'abandoned', form: 'form#f', abandonedField: '#email' });
  });

  it('submitted forms are not abandoned', () => {
    const a = [pv(0), focus(100, email), input(200, email, 3), { kind: 'submit', t: 300, form: 'form#f' } as ScoringInput, hide(400)];
    expect(run(a, 500, [formAbandonment]).form_abandonment.status).toBe('submitted');
  });

  it('the session value is the most recently started form', () => {
    const other = field('#q', 'form#search');
    const a = [pv(0), focus(100, email), focus(200, other), { kind: 'submit', t: 300, form: 'form#search' } as ScoringInput];
    expect(run(a, 400, [formAbandonment]).form_abandonment).toMatchObject({ status: 'submitted', form: 'form#search' });
  });
});

describe('form_completion (§2.2 #9)', () => {
  const register = (required: boolean[]): ScoringInput => ({
    kind: 'form_register', t: 0, form: 'form#f',
    fields: required.map((r, i) => ({ selector: `#f${i}`, required: r, private: false, length: 0 })),
  });

  it('all fields when none is required', () => {
    // 3 fields, 2 filled: floor((200·2 + 3) / (2·3)) = floor(403/6) = 67
    const a = [pv(0), register([false, false, false]), focus(10, field('#f0')), input(20, field('#f0'), 2), input(30, field('#f1'), 1)];
    expect(run(a, 100, [formCompletion]).form_completion.score).toBe(67);
  });

  it('only the required fields when some are marked', () => {
    // required #f0, #f1; filled: #f0 and the optional #f2 → 1 of 2: floor((200 + 2)/4) = 50
    const a = [pv(0), register([true, true, false]), input(20, field('#f0'), 2), input(30, field('#f2'), 1)];
    expect(run(a, 100, [formCompletion]).form_completion.score).toBe(50);
  });

  it('forms never started do not compete', () => {
    const pre: ScoringInput = {
      kind: 'form_register', t: 0, form: 'form#f', fields: [{ selector: '#f0', required: false, private: false, length: 4 }],
    };
    const r = run([pv(0), pre], 100, [formCompletion]).form_completion;
    expect(r.score).toBe(0);
    expect(r.perForm).toEqual({ 'form#f': 100 });
  });
});
