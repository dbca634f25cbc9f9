import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type ts from 'typescript';
import { codeDefaults, documentedTables, literalCell, optionInterfaces } from './option-tables';

const src = fileURLToPath(new URL('../../packages/trackers/src/', import.meta.url));
const markdown = readFileSync(new URL('../trackers.md', import.meta.url), 'utf8');

/** Every `…Options` interface of the trackers package, with its own members in order. */
function optionTypes(): Map<string, { members: string[]; source: ts.SourceFile }> {
  const types = new Map<string, { members: string[]; source: ts.SourceFile }>();
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'));
  for (const path of files) for (const [name, type] of optionInterfaces(path, readFileSync(join(src, path), 'utf8'))) types.set(name, type);
  return types;
}

describe('docs/trackers.md', () => {
  const types = optionTypes();
  const tables = documentedTables(markdown);

  it('has one table per option type of @sightline/trackers, listing its members in order', () => {
    expect(types.size).toBeGreaterThan(12);
    expect([...tables.keys()].sort()).toEqual([...types.keys()].sort());
    for (const [name, type] of types) expect({ [name]: tables.get(name)!.map((row) => row.key) }).toEqual({ [name]: type.members });
  });

  it('gives the defaults the code applies', () => {
    let checked = 0;
    for (const [name, rows] of tables) {
      const { source } = types.get(name)!;
      for (const row of rows) {
        const literal = literalCell(row.defaultCell);
        // Named constants (`DEFAULT_CTA_SELECTOR`) and prose are not literals to compare.
        if (literal === undefined || /^[A-Z_]+$/.test(literal)) continue;
        const defaults = codeDefaults(source, row.key);
        expect({ option: `${name}.${row.key}`, defaults }).toEqual({ option: `${name}.${row.key}`, defaults: expect.arrayContaining([literal]) });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });
});
