import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { resolveOptions } from '../../packages/replay/src/options';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The members of an interface, in order, from a source file of the replay package. */
function members(file: string, name: string): string[] {
  const source = ts.createSourceFile(file, read(`../../packages/replay/src/${file}`), ts.ScriptTarget.Latest, true);
  let found: ts.InterfaceDeclaration | undefined;
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === name) found = node;
  });
  if (!found) throw new Error(`${name} not found in ${file}`);
  return found.members.filter(ts.isPropertySignature).map((member) => member.name.getText(source));
}

/** The doc's option tables: a header `| \`XOptions\` | default | |`, then `| \`key\` | default | … |` rows. */
function documentedTables(markdown: string): Map<string, Array<{ key: string; defaultCell: string }>> {
  const tables = new Map<string, Array<{ key: string; defaultCell: string }>>();
  let current: Array<{ key: string; defaultCell: string }> | undefined;
  for (const line of markdown.split('\n')) {
    const header = /^\| `(\w+Options)` \| default \|/.exec(line);
    if (header) tables.set(header[1]!, (current = []));
    else if (!line.startsWith('|')) current = undefined;
    const row = /^\| `(\w+)` \| (.*?) \| .* \|$/.exec(line);
    if (current && row && !header) current.push({ key: row[1]!, defaultCell: row[2]! });
  }
  return tables;
}

/** A default written as a number or boolean literal, or undefined for prose. */
function literal(cell: string): number | boolean | undefined {
  const text = /^`([^`]+)`$/.exec(cell)?.[1];
  if (text === 'true' || text === 'false') return text === 'true';
  return text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
}

describe('docs/replay.md', () => {
  const tables = documentedTables(read('../replay.md'));
  const types = {
    ReplayOptions: members('options.ts', 'ReplayOptions'),
    OnSignalOptions: members('options.ts', 'OnSignalOptions'),
    StormOptions: members('recording/storm-watch.ts', 'StormOptions'),
  };

  it('lists every option of each type, in the order of the type', () => {
    expect([...tables.keys()].sort()).toEqual(Object.keys(types).sort());
    for (const [name, keys] of Object.entries(types)) expect({ [name]: tables.get(name)!.map((row) => row.key) }).toEqual({ [name]: keys });
  });

  it('gives the defaults resolveOptions applies', () => {
    const resolved = resolveOptions({});
    const values: Record<string, Record<string, unknown>> = {
      ReplayOptions: resolved as unknown as Record<string, unknown>,
      OnSignalOptions: resolveOptions({ onSignal: true }).onSignal as unknown as Record<string, unknown>,
      StormOptions: resolved.stormPause as unknown as Record<string, unknown>,
    };
    let checked = 0;
    for (const [name, rows] of tables) {
      for (const row of rows) {
        const expected = literal(row.defaultCell);
        if (expected === undefined) continue;
        expect({ [`${name}.${row.key}`]: values[name]![row.key] }).toEqual({ [`${name}.${row.key}`]: expected });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(14);
  });
});
