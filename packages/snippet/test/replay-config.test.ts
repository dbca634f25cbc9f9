// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRecorderBeside, RECORDER_GLOBAL } from '../src/load-recorder';
import { readConfig } from '../src/read-config';

function tag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  script.src = 'https://cdn.example/sl/1.0/sightline.full.min.js';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

afterEach(() => {
  delete (window as unknown as Record<string, unknown>)[RECORDER_GLOBAL];
  vi.restoreAllMocks();
});

/** The script tags the loader adds, caught before happy-dom (which loads no files) sees them. */
function catchScripts(): HTMLScriptElement[] {
  const added: HTMLScriptElement[] = [];
  vi.spyOn(document.head, 'appendChild').mockImplementation((node) => {
    added.push(node as unknown as HTMLScriptElement);
    return node;
  });
  return added;
}

describe('data-replay', () => {
  it.each([
    [undefined, undefined],
    ['', { sampleRate: 1 }],
    ['1', { sampleRate: 1 }],
    ['0.25', { sampleRate: 0.25 }],
    ['7', { sampleRate: 1 }],
    ['signal', { sampleRate: 0, onSignal: true }],
    ['0', undefined],
    ['false', undefined],
    ['-1', undefined],
    ['lots', undefined],
  ])('%j gives %j', (value, expected) => {
    const attributes: Record<string, string> = { 'data-project-key': 'sl_w_x' };
    if (value !== undefined) attributes['data-replay'] = value;
    expect(readConfig(tag(attributes)).replay).toEqual(expected);
  });
});

describe('the recorder beside the snippet', () => {
  it('is fetched once, from the directory the snippet came from', async () => {
    const added = catchScripts();
    const load = loadRecorderBeside(tag({}));
    const first = load();
    const second = load();
    expect(added).toHaveLength(1);
    expect(added[0]!.src).toBe('https://cdn.example/sl/1.0/sightline-record.min.js');
    const recorder = { record: () => undefined };
    (window as unknown as Record<string, unknown>)[RECORDER_GLOBAL] = recorder;
    added[0]!.dispatchEvent(new Event('load'));
    expect(await first).toBe(recorder);
    expect(await second).toBe(recorder);
    expect(load()).toBe(first);
  });

  it('rejects when the file fails to load, and tries again on the next call', async () => {
    const added = catchScripts();
    const load = loadRecorderBeside(tag({}));
    const failed = load();
    added[0]!.dispatchEvent(new Event('error'));
    await expect(failed).rejects.toThrow(/sightline-record\.min\.js/);
    void load().catch(() => undefined);
    expect(added).toHaveLength(2);
  });
});
