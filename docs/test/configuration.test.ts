import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { resolveConfig } from '../../packages/core/src/client/config';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The keys of `ClientOptions`, with the members of inline object types as `parent.child`. */
function optionKeys(source: string): string[] {
  const file = ts.createSourceFile('config.ts', source, ts.ScriptTarget.Latest, true);
  let options: ts.InterfaceDeclaration | undefined;
  file.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'ClientOptions') options = node;
  });
  if (!options) throw new Error('ClientOptions not found in config.ts');
  const keys: string[] = [];
  const walk = (members: ts.NodeArray<ts.TypeElement>, prefix: string) => {
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.name) continue;
      const name = `${prefix}${member.name.getText(file)}`;
      if (member.type && ts.isTypeLiteralNode(member.type)) walk(member.type.members, `${name}.`);
      else keys.push(name);
    }
  };
  walk(options.members, '');
  return keys;
}

/** The rows of the reference table: `| \`key\` | \`type\` | default | what it does |`. */
function documentedRows(markdown: string): Array<{ key: string; defaultCell: string }> {
  return [...markdown.matchAll(/^\| `([A-Za-z.]+)` \| .*? \| (.*?) \| .* \|$/gm)].map((match) => ({ key: match[1]!, defaultCell: match[2]! }));
}

/** A default written as a literal (`` `5000` ``, `` `true` ``, `` `'granted'` ``), or undefined for prose. */
function literalDefault(cell: string): unknown {
  const literal = /^`([^`]+)`/.exec(cell)?.[1];
  if (literal === undefined) return undefined;
  if (/^'.*'$/.test(literal)) return literal.slice(1, -1);
  if (literal === 'true' || literal === 'false') return literal === 'true';
  return /^\d+$/.test(literal) ? Number(literal) : undefined;
}

const at = (value: unknown, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);

describe('docs/configuration.md', () => {
  it('lists exactly the keys of ClientOptions, in the order of the type', () => {
    const keys = optionKeys(read('../../packages/core/src/client/config.ts'));
    expect(keys.length).toBeGreaterThan(10);
    expect(documentedRows(read('../configuration.md')).map((row) => row.key)).toEqual(keys);
  });

  it('gives the defaults createClient applies', () => {
    const { config } = resolveConfig({ projectKey: 'k' });
    const checked = documentedRows(read('../configuration.md'))
      .map((row) => ({ ...row, literal: literalDefault(row.defaultCell) }))
      .filter((row) => row.literal !== undefined);
    expect(checked.length).toBeGreaterThan(12);
    for (const row of checked) expect({ [row.key]: at(config, row.key) }).toEqual({ [row.key]: row.literal });
  });
});
