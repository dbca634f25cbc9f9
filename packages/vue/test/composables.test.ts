import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { defineComponent, h, nextTick, ref } from 'vue';
import { createTestClient } from '@sightline/core/testing';
import { SightlinePlugin, useScore, useScores, useSightline, useSnapshot, useTrack } from '@sightline/vue';
import { createProbe, uniqueKey } from './probe-plugin';

afterEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

function setup() {
  const probe = createProbe();
  const test = createTestClient({ projectKey: uniqueKey(), plugins: [probe.plugin], outbox: { persist: false } });
  return { probe, ...test };
}

const BuyButton = defineComponent({
  setup() {
    const track = useTrack();
    return () => h('button', { onClick: () => track('buy', { sku: 'p3' }) }, 'Buy');
  },
});

const ScoreBoard = defineComponent({
  props: { model: { type: String, required: true } },
  setup(props) {
    const scores = useScores();
    const one = useScore(() => props.model);
    return () =>
      h('div', [
        h('ul', Object.keys(scores.value).sort().map((name) => h('li', { key: name }, `${name}: ${scores.value[name]}`))),
        h('output', one.value === undefined ? '—' : String(one.value)),
      ]);
  },
});

describe('composables with the plugin and a client', () => {
  it('useTrack sends a custom event through the client', async () => {
    const { client, probe, transport } = setup();
    const wrapper = mount(BuyButton, { global: { plugins: [[SightlinePlugin, { client }]] } });
    await wrapper.get('button').trigger('click');
    expect(probe.events.map((e) => [e.type, e.name, e.props])).toEqual([['custom', 'buy', { sku: 'p3' }]]);
    await client.flush();
    expect(transport.delivered.map((e) => e.name)).toEqual(['buy']);
    wrapper.unmount();
    await client.shutdown();
  });

  it('useScores and useScore follow live score changes', async () => {
    const { client, probe } = setup();
    const wrapper = mount(ScoreBoard, { props: { model: 'frustration' }, global: { plugins: [[SightlinePlugin, { client }]] } });
    expect(wrapper.findAll('li')).toHaveLength(0);
    expect(wrapper.get('output').text()).toBe('—');
    probe.setScores({ engagement: 42 });
    await nextTick();
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual(['engagement: 42']);
    probe.setScores({ frustration: 7 });
    await nextTick();
    expect(wrapper.get('output').text()).toBe('7');
    await wrapper.setProps({ model: 'engagement' });
    expect(wrapper.get('output').text()).toBe('42');
    wrapper.unmount();
    await client.shutdown();
  });

  it('stops listening when the component unmounts (onScopeDispose)', async () => {
    const { client, probe } = setup();
    const calls = { subscribe: 0, unsubscribe: 0 };
    const counting = {
      ...client,
      subscribe(listener: () => void) {
        calls.subscribe++;
        const stop = client.subscribe(listener);
        return () => {
          calls.unsubscribe++;
          stop();
        };
      },
    };
    const wrapper = mount(ScoreBoard, { props: { model: 'engagement' }, global: { plugins: [[SightlinePlugin, { client: counting }]] } });
    expect(calls.subscribe).toBe(2);
    wrapper.unmount();
    expect(calls.unsubscribe).toBe(2);
    probe.setScores({ engagement: 1 });
    await client.shutdown();
  });

  it('useSnapshot follows identify and consent', async () => {
    const { client } = setup();
    const Who = defineComponent({
      setup() {
        const snapshot = useSnapshot();
        return () => h('p', `${snapshot.value.userId ?? 'anonymous'} ${snapshot.value.consent}`);
      },
    });
    const wrapper = mount(Who, { global: { plugins: [[SightlinePlugin, { client }]] } });
    expect(wrapper.text()).toBe('anonymous granted');
    client.identify('u-1');
    client.consent('pending');
    await nextTick();
    expect(wrapper.text()).toBe('u-1 pending');
    wrapper.unmount();
    await client.shutdown();
  });
});

describe('the plugin creating its client from options', () => {
  it('creates the client at install, shows live scores and shuts it down when the app unmounts', async () => {
    const probe = createProbe();
    const test = createTestClient({ projectKey: uniqueKey() });
    const wrapper = mount(ScoreBoard, {
      props: { model: 'intent' },
      global: { plugins: [[SightlinePlugin, { options: { projectKey: uniqueKey(), transport: test.transport.factory, plugins: [probe.plugin], outbox: { persist: false } } }]] },
    });
    await test.client.shutdown();
    const shutdownsBefore = test.transport.shutdownCalls;
    probe.setScores({ intent: 80 });
    await nextTick();
    expect(wrapper.get('output').text()).toBe('80');
    wrapper.unmount();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(test.transport.shutdownCalls).toBe(shutdownsBefore + 1);
  });
});

describe('composables without the plugin', () => {
  it('give empty values and do nothing, without throwing', () => {
    const Lonely = defineComponent({
      setup() {
        const track = useTrack();
        track('nobody-listens');
        useSightline().identify('u-1');
        const scores = useScores();
        const engagement = useScore(ref('engagement'));
        return () => h('p', `${Object.keys(scores.value).length} ${engagement.value ?? 'none'}`);
      },
    });
    expect(mount(Lonely).text()).toBe('0 none');
    expect(() => useTrack()('outside-setup')).not.toThrow();
  });
});
