import { describe, expect, it } from 'vitest';
import { anonymous, createIdentityGraph, device, observeEvent, user } from '../src/resolver';

const A1 = '0190a8f6-0c2e-7d6b-8e1f-3a4b5c6d7e81';
const A2 = '0190a8f6-0c2e-7d6b-8e1f-3a4b5c6d7e82';

describe('observeEvent', () => {
  it('records the anonymous id of any event', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'pageview', anonymousId: A1 });
    expect(graph.resolve(anonymous(A1))).toBe(`anonymous:${A1}`);
  });

  it('links an event\'s user id to its anonymous id', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'identify', anonymousId: A1, userId: 'alice' });
    expect(graph.resolve(user('alice'))).toBe(`anonymous:${A1}`);
  });

  it('reads alias events from the plugin and from the app', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'alias', anonymousId: A2, props: { previousId: A1, previousKind: 'anonymous', anonymousId: A2, reason: 'server_cookie' } });
    expect(graph.resolve(anonymous(A1))).toBe(graph.resolve(anonymous(A2)));
    observeEvent(graph, { type: 'alias', anonymousId: A2, props: { previousId: 'old', previousKind: 'user', userId: 'new', reason: 'alias' } });
    expect(graph.resolve(user('new'))).toBe('user:old');
  });

  it('guesses the kind of an alias without previousKind from its shape', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'alias', anonymousId: A2, props: { previousId: A1, userId: 'alice' } });
    expect(graph.resolve(user('alice'))).toBe(`anonymous:${A1}`);
  });

  it('links a device signal to the anonymous id', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'device_signal', anonymousId: A1, props: { signal: 'f00d' } });
    observeEvent(graph, { type: 'device_signal', anonymousId: A2, props: { signal: 'f00d' } });
    expect(graph.resolve(anonymous(A2))).toBe(`anonymous:${A1}`);
    expect(graph.resolve(device('f00d'))).toBe(`anonymous:${A1}`);
  });

  it('reads a reset event as a logout between two ids', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'device_signal', anonymousId: A1, props: { signal: 'f00d' } });
    observeEvent(graph, { type: 'reset', anonymousId: A2, props: { previousId: A1 } });
    observeEvent(graph, { type: 'device_signal', anonymousId: A2, props: { signal: 'f00d' } });
    expect(graph.resolve(anonymous(A2))).toBe(`anonymous:${A2}`);
  });

  it('orders device sightings by event time', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'device_signal', anonymousId: A2, ts: 30, props: { signal: 'f00d' } });
    observeEvent(graph, { type: 'device_signal', anonymousId: A1, ts: 10, props: { signal: 'f00d' } });
    observeEvent(graph, { type: 'device_signal', anonymousId: A1, ts: 20, props: { signal: 'f00d' } });
    expect(graph.resolve(anonymous(A2))).toBe(graph.resolve(anonymous(A1)));
  });

  it('ignores malformed props', () => {
    const graph = createIdentityGraph();
    observeEvent(graph, { type: 'alias', anonymousId: A1, props: { previousId: 42 } });
    observeEvent(graph, { type: 'device_signal', anonymousId: A1, props: {} });
    expect(graph.stats().nodes).toBe(1);
  });
});
