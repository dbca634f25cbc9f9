import { describe, expect, it } from 'vitest';
import { anonymous, createIdentityGraph, device, user } from '../src/resolver';

const a = (n: number) => anonymous(`a${n}`);

describe('identity graph: deterministic edges', () => {
  it('joins anonymous ids through the user they identified as', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    graph.link(a(2), user('alice'), 'identify');
    expect(graph.resolve(a(1))).toBe('anonymous:a1');
    expect(graph.resolve(a(2))).toBe('anonymous:a1');
    expect(graph.resolve(user('alice'))).toBe('anonymous:a1');
    expect(graph.explain(a(2))?.probabilistic).toBe(false);
  });

  it('answers undefined for an id never seen', () => {
    expect(createIdentityGraph().resolve(a(9))).toBeUndefined();
  });

  it('keeps a person id stable when newer ids join it', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    const before = graph.resolve(user('alice'));
    for (let i = 2; i < 20; i++) graph.link(a(i), user('alice'), 'identify');
    expect(graph.resolve(user('alice'))).toBe(before);
  });

  it('gives the older person id to both when two people are declared one', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('old-login'), 'identify');
    graph.link(a(2), user('new-login'), 'identify');
    expect(graph.link(user('old-login'), user('new-login'), 'alias')).toBe(true);
    expect(graph.resolve(a(2))).toBe('anonymous:a1');
  });

  it('refuses to join two users through a shared anonymous id (a shared browser)', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    expect(graph.link(a(1), user('bob'), 'identify')).toBe(false);
    expect(graph.resolve(user('bob'))).toBe('user:bob');
    expect(graph.resolve(a(1))).toBe(graph.resolve(user('alice')));
    expect(graph.stats().refused).toBe(1);
  });

  it('joins two anonymous ids by alias unless both already belong to different users', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), a(2), 'alias');
    expect(graph.resolve(a(2))).toBe('anonymous:a1');
    graph.link(a(3), user('alice'), 'identify');
    graph.link(a(4), user('bob'), 'identify');
    expect(graph.link(a(3), a(4), 'alias')).toBe(false);
  });
});

describe('identity graph: device signals', () => {
  it('joins anonymous ids seen with one device signal, marked probabilistic', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    graph.link(a(1), device('d1'), 'device');
    graph.link(a(2), device('d1'), 'device');
    expect(graph.resolve(a(2))).toBe('anonymous:a1');
    expect(graph.explain(a(2))?.probabilistic).toBe(true);
    expect(graph.explain(user('alice'))?.probabilistic).toBe(true);
  });

  it('keeps device merges off when probabilistic merges are disabled', () => {
    const graph = createIdentityGraph({ allowProbabilistic: false });
    graph.link(a(1), device('d1'), 'device');
    graph.link(a(2), device('d1'), 'device');
    expect(graph.resolve(a(2))).toBe('anonymous:a2');
  });

  it('does not use a signal seen with too many anonymous ids (a public computer)', () => {
    const graph = createIdentityGraph({ maxAnonymousIdsPerSignal: 4 });
    for (let i = 1; i <= 5; i++) graph.link(a(i), device('library'), 'device');
    expect(new Set([1, 2, 3, 4, 5].map((i) => graph.resolve(a(i)))).size).toBe(5);
    expect(graph.stats().sharedSignals).toBe(1);
  });

  it('undoes a device merge once the signal turns out to be shared', () => {
    const graph = createIdentityGraph({ maxAnonymousIdsPerSignal: 2 });
    graph.link(a(1), device('d1'), 'device');
    graph.link(a(2), device('d1'), 'device');
    expect(graph.resolve(a(2))).toBe('anonymous:a1');
    graph.link(a(3), device('d1'), 'device');
    expect(graph.resolve(a(2))).toBe('anonymous:a2');
  });

  it('does not use a signal whose anonymous ids belong to two users (a household computer)', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    graph.link(a(2), user('bob'), 'identify');
    graph.link(a(1), device('d1'), 'device');
    graph.link(a(2), device('d1'), 'device');
    graph.link(a(3), device('d1'), 'device');
    expect(graph.resolve(a(3))).toBe('anonymous:a3');
    expect(graph.resolve(a(2))).not.toBe(graph.resolve(a(1)));
  });

  it('never chains two users together through two signals', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    graph.link(a(3), user('bob'), 'identify');
    graph.link(a(1), device('d1'), 'device');
    graph.link(a(2), device('d1'), 'device');
    graph.link(a(2), device('d2'), 'device');
    graph.link(a(3), device('d2'), 'device');
    expect(graph.resolve(user('bob'))).not.toBe(graph.resolve(user('alice')));
  });

  it('does not use a signal whose ids take turns (two look-alike browsers)', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), device('iphone'), 'device', { at: 1 });
    graph.link(a(2), device('iphone'), 'device', { at: 2 });
    graph.link(a(1), device('iphone'), 'device', { at: 3 });
    expect(graph.resolve(a(2))).toBe('anonymous:a2');
  });

  it('uses a signal whose ids follow each other (cookies cleared), whatever order events arrive in', () => {
    const graph = createIdentityGraph();
    graph.link(a(2), device('d1'), 'device', { at: 30 });
    graph.link(a(1), device('d1'), 'device', { at: 10 });
    graph.link(a(1), device('d1'), 'device', { at: 20 });
    graph.link(a(2), device('d1'), 'device', { at: 40 });
    expect(graph.resolve(a(1))).toBe(graph.resolve(a(2)));
  });

  it('does not use a signal seen on both sides of a logout (a family computer)', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), device('home'), 'device');
    graph.link(a(1), a(2), 'reset');
    graph.link(a(2), device('home'), 'device');
    graph.link(a(3), device('home'), 'device');
    expect(new Set([1, 2, 3].map((i) => graph.resolve(a(i)))).size).toBe(3);
  });

  it('still joins the ids of one user across a logout', () => {
    const graph = createIdentityGraph();
    graph.link(a(1), user('alice'), 'identify');
    graph.link(a(1), a(2), 'reset');
    graph.link(a(2), user('alice'), 'identify');
    expect(graph.resolve(a(2))).toBe(graph.resolve(a(1)));
  });

  it('ignores device edges below the minimum confidence', () => {
    const graph = createIdentityGraph({ minConfidence: 0.5 });
    graph.link(a(1), device('d1'), 'device', { confidence: 0.3 });
    graph.link(a(2), device('d1'), 'device', { confidence: 0.3 });
    expect(graph.resolve(a(2))).toBe('anonymous:a2');
  });
});
