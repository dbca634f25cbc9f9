import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClipboardTracker } from '@sightline/trackers';
import { expectNoLeaks, track } from './helpers';

const SECRET = 'hunter2-secret';

beforeEach(() => {
  document.body.innerHTML = `<p id="quote" data-topic="docs">The quick brown fox</p><input id="pw" type="password" value="${SECRET}" /><textarea id="note"></textarea>`;
});
afterEach(() => sessionStorage.clear());

const clip = (type: string, target: Element, text?: string) => {
  const event = new Event(type, { bubbles: true }) as ClipboardEvent;
  if (text !== undefined) Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  target.dispatchEvent(event);
};

describe('clipboard tracker (§1.2)', () => {
  it('records the kind, the target and the length of a copy of page text', async () => {
    const quote = document.querySelector('#quote')!;
    const range = document.createRange();
    range.selectNodeContents(quote.firstChild!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const { kinds, sent } = track([createClipboardTracker()]);
    clip('copy', quote);
    expect(kinds('clip')).toMatchObject([{ clip: 'copy', length: 19, targetEditable: false, target: { selector: '#quote', topic: 'docs' } }]);
    const [event] = (await sent()).filter((e) => e.type === 'clipboard');
    expect(event).toMatchObject({ target: { selector: '#quote' }, props: { action: 'copy', length: 19, editable: false } });
    expect(JSON.stringify(event)).not.toContain('quick brown');
  });

  it('measures a paste, and reports no length for private targets', async () => {
    const { kinds, sent } = track([createClipboardTracker()]);
    clip('paste', document.querySelector('#note')!, 'pasted words');
    clip('paste', document.querySelector('#pw')!, SECRET);
    clip('cut', document.querySelector('#pw')!);
    expect(kinds('clip').map((c) => [c.clip, c.length, c.targetEditable])).toEqual([
      ['paste', 12, true],
      ['paste', null, true],
      ['cut', null, true],
    ]);
    expect(JSON.stringify(await sent())).not.toContain(SECRET);
  });

  it('start, stop, start, stop leaves nothing behind', async () => {
    await expectNoLeaks(() => [createClipboardTracker()], () => clip('copy', document.querySelector('#quote')!));
  });
});
