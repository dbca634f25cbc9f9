import { describe, expect, it } from 'vitest';
import { createScrubber } from '@sightline/scrubber';
import { createLineCleaner } from '../../src/replay/clean-line';
import { doc, el, fullSnapshot, meta, mutation, text } from './recording-fixtures';

const EMAIL = 'jane.doe@example.com';
const CARD = '4111 1111 1111 1111';
const IMAGE = 'data:image/png;base64,iVBORw0KGgo/DE89370400440532013000+AAAA';
const clean = createLineCleaner();
const line = (event: unknown) => JSON.stringify(clean(JSON.stringify(event)));

describe('the server scrub pass over recordings', () => {
  it('scrubs text nodes, comments and attribute values of a full snapshot', () => {
    const out = line(
      fullSnapshot(
        doc(
          el('p', { title: `Card ${CARD}`, 'data-user': EMAIL }, [text(`Write to ${EMAIL}`), { type: 5, id: 999, textContent: `owner ${EMAIL}` }]),
          el('a', { href: `https://shop.example/account?email=${EMAIL}&tab=2` }),
          el('img', { src: IMAGE, class: 'hero' }),
        ),
        1,
      ),
    );
    expect(out).not.toContain('jane.doe');
    expect(out).not.toContain('4111');
    expect(out).toContain('Write to [email]');
    expect(out).toContain('tab=2');
    // An image's data URL is not text: scrubbing would corrupt what looks like an IBAN in it.
    expect(out).toContain(IMAGE);
    expect(createScrubber().scrubUrl(IMAGE)).not.toBe(IMAGE);
  });

  it('scrubs mutation texts, added nodes, attribute changes, field values and the page URL', () => {
    const changed = line(
      mutation({ texts: [{ id: 1, value: `hi ${EMAIL}` }], adds: [{ parentId: 1, nextId: null, node: text(CARD) }], attributes: [{ id: 2, attributes: { 'aria-label': EMAIL } }] }, 1),
    );
    expect(changed).not.toMatch(/jane\.doe|4111/);
    expect(line({ type: 3, timestamp: 1, data: { source: 5, id: 3, text: EMAIL, isChecked: false } })).toContain('[email]');
    expect(line(meta(`https://shop.example/?email=${EMAIL}`, 1280, 1))).not.toContain('jane.doe');
    expect(line({ type: 5, timestamp: 1, data: { tag: 'note', payload: { who: EMAIL } } })).not.toContain('jane.doe');
  });

  it('leaves CSS alone', () => {
    const css = '.a{background:url(data:image/png;base64,AAAA/DE89370400440532013000+B)} .b{width:4111111111111111px}';
    const out = line(fullSnapshot(doc(el('style', { _cssText: css }, [{ type: 3, id: 998, textContent: css, isStyle: true }])), 1));
    expect(out.split(css.replace(/"/g, '\\"')).length).toBe(3);
  });

  it('drops lines that are not JSON or not rrweb events', () => {
    for (const bad of ['', '{', 'null', '[]', '{"type":2}', '"text"', '{"type":1e400,"timestamp":1}']) expect(clean(bad), bad).toBeNull();
  });
});
