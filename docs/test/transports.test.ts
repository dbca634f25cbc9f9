import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeDefaults, documentedTables, literalCell, optionInterfaces } from './option-tables';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('docs/transports.md', () => {
  const tables = documentedTables(read('../transports.md'));
  const types = new Map([
    ...optionInterfaces('http-transport.ts', read('../../packages/transport-http/src/http-transport.ts')),
    ...optionInterfaces('ws-transport.ts', read('../../packages/transport-ws/src/ws-transport.ts')),
  ]);

  it('has a table for each transport, listing its options in the order of the type', () => {
    expect([...tables.keys()].sort()).toEqual(['HttpTransportOptions', 'WsTransportOptions']);
    for (const name of tables.keys()) expect({ [name]: tables.get(name)!.map((row) => row.key) }).toEqual({ [name]: types.get(name)?.members });
  });

  it('gives the defaults the code applies', () => {
    let checked = 0;
    for (const [name, rows] of tables) {
      for (const row of rows) {
        const literal = literalCell(row.defaultCell);
        // Object defaults (`reconnect`) are resolved further in; their parts are in the prose.
        if (literal === undefined || literal.startsWith('{')) continue;
        const defaults = codeDefaults(types.get(name)!.source, row.key);
        expect({ option: `${name}.${row.key}`, defaults }).toEqual({ option: `${name}.${row.key}`, defaults: expect.arrayContaining([literal]) });
        checked++;
      }
    }
    expect(checked).toBe(8);
  });
});
