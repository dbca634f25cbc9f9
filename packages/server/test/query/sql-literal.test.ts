import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeRegex, identifier, isQuotable, quoteNumber, quoteString } from '../../src/query/sql-literal';
import { makeEvent } from '../helpers';
import { STORE_TARGETS, type OpenedStore } from '../support/store-targets';
import { hostileStrings } from './hostile-strings';

const HOSTILE = hostileStrings(10_000);

describe('quoteString', () => {
  it('doubles quotes in standard SQL and escapes backslashes too for ClickHouse', () => {
    expect(quoteString("it's", 'standard')).toBe("'it''s'");
    expect(quoteString('a\\b', 'standard')).toBe("'a\\b'");
    expect(quoteString("it's", 'backslash')).toBe("'it\\'s'");
    expect(quoteString("\\'", 'backslash')).toBe("'\\\\\\''");
  });

  it('refuses NUL and unpaired surrogates, and accepts paired ones', () => {
    for (const bad of ['a\u0000b', '\ud800', 'x\udc00', '\udc00\ud800']) {
      expect(isQuotable(bad)).toBe(false);
      expect(() => quoteString(bad, 'standard')).toThrow(expect.objectContaining({ code: 'SL_ERR_VALIDATION' }));
    }
    expect(isQuotable('😀')).toBe(true);
  });

  it('keeps every quoted literal a single token: no unescaped quote inside', () => {
    for (const value of HOSTILE) {
      expect(quoteString(value, 'standard').slice(1, -1).replace(/''/g, '')).not.toContain("'");
      expect(quoteString(value, 'backslash').slice(1, -1).replace(/\\\\/g, '').replace(/\\'/g, '')).not.toContain("'");
    }
  });

  it('writes only finite numbers and whitelisted names', () => {
    expect(quoteNumber(1.5)).toBe('1.5');
    expect(() => quoteNumber(Number.NaN)).toThrow();
    expect(() => quoteNumber(Number.POSITIVE_INFINITY)).toThrow();
    expect(identifier('engagement')).toBe('engagement');
    for (const bad of ['Engagement', '1x', 'a-b', "a'", 'a b', '', 'a'.repeat(65)]) expect(() => identifier(bad)).toThrow();
  });

  it('escapes regex metacharacters', () => {
    expect(escapeRegex('a.b*(c)[d]{e}|f^$\\?+')).toBe('a\\.b\\*\\(c\\)\\[d\\]\\{e\\}\\|f\\^\\$\\\\\\?\\+');
  });
});

describe.each(STORE_TARGETS)('escaping round trip on $name', (target) => {
  let opened: OpenedStore;
  beforeAll(async () => {
    opened = await target.open();
    await opened.store.insertBatch('canary', [makeEvent(), makeEvent()], 1);
  }, 30_000);
  afterAll(async () => opened?.close());

  it(`reads back ${HOSTILE.length} hostile strings exactly and executes none of them`, async () => {
    const { reader } = opened.store;
    const size = 250;
    for (let start = 0; start < HOSTILE.length; start += size) {
      const batch = HOSTILE.slice(start, start + size);
      const columns = batch.map((value, i) => `${reader.dialect.str(value)} AS v${i}`).join(', ');
      const [row] = await reader.rows(`SELECT ${columns}`);
      // DuckDB's Node binding decodes text with TextDecoder, which drops one leading BOM on read.
      const read = (value: string) => (reader.dialect.name === 'duckdb' ? value.replace(/^\ufeff/, '') : value);
      batch.forEach((value, i) => expect(row?.[`v${i}`], JSON.stringify(value)).toBe(read(value)));
    }
    // Also as filters and regexes: they must match themselves and nothing was run.
    for (const value of HOSTILE.slice(0, 500)) {
      const d = reader.dialect;
      const [row] = await reader.rows(
        `SELECT ${d.str(value)} = ${d.str(value)} AS same, ${d.matches(d.str(value), `^${escapeRegex(value)}$`)} AS matched`,
      );
      expect(Boolean(Number(row?.same)), JSON.stringify(value)).toBe(true);
      expect(Boolean(Number(row?.matched)), JSON.stringify(value)).toBe(true);
    }
    expect(await opened.store.countEvents('canary')).toBe(2);
    const tables = await reader.rows(
      reader.dialect.name === 'duckdb'
        ? "SELECT table_name AS name FROM information_schema.tables WHERE table_name LIKE '%pwned%'"
        : "SELECT name FROM system.tables WHERE name LIKE '%pwned%'",
    );
    expect(tables).toEqual([]);
  }, 120_000);
});
