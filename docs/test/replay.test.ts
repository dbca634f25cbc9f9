import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentedTables, optionInterfaces } from './option-tables';
import { resolveOptions } from '../../packages/replay/src/options';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The members of an options interface, in order, from a source file of the replay package. */
function members(file: string, name: string): string[] {
  const found = optionInterfaces(file, read(`../../packages/replay/src/${file}`)).get(name);
  if (!found) throw new Error(`${name} not found in ${file}`);
  return found.members;
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
