import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const src = fileURLToPath(new URL('../../packages/trackers/src/', import.meta.url));
const markdown = readFileSync(new URL('../trackers.md', import.meta.url), 'utf8');

interface OptionsType {
  members: string[];
  source: ts.SourceFile;
}

/** Every `…Options` interface of the trackers package, with its own members in order. */
function optionTypes(): Map<string, OptionsType> {
  const types = new Map<string, OptionsType>();
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts'));
  for (const path of files) {
    const source = ts.createSourceFile(path, readFileSync(join(src, path), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node) || !node.name.text.endsWith('Options')) return;
      const members = node.members.filter(ts.isPropertySignature).map((member) => member.name.getText(source));
      types.set(node.name.text, { members, source });
    });
  }
  return types;
}

/** The doc's option tables: a header `| \`XOptions\` | default | |`, then `| \`key\` | default | … |` rows. */
function documentedTables(): Map<string, Array<{ key: string; defaultCell: string }>> {
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

/** What the code falls back to for `options.<key>`: the right side of `??`, or a boolean by its test. */
function codeDefaults(source: ts.SourceFile, key: string): string[] {
  const found: string[] = [];
  const isOption = (node: ts.Node) => ts.isPropertyAccessExpression(node) && node.name.text === key && node.expression.getText(source) === 'options';
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && isOption(node.left)) {
      const op = node.operatorToken.kind;
      const right = node.right.getText(source);
      if (op === ts.SyntaxKind.QuestionQuestionToken) found.push(right.replace(/(\d)_(?=\d)/g, '$1'));
      if (op === ts.SyntaxKind.ExclamationEqualsEqualsToken && right === 'false') found.push('true');
      if (op === ts.SyntaxKind.EqualsEqualsEqualsToken && right === 'true') found.push('false');
    }
    // `if (options.x)`: off unless set; `add(options.x, create)`: on unless `false`.
    if (ts.isIfStatement(node) && isOption(node.expression)) found.push('false');
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'add' && node.arguments[0] && isOption(node.arguments[0])) found.push('true');
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

describe('docs/trackers.md', () => {
  const types = optionTypes();
  const tables = documentedTables();

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
        const literal = /^`([^`]+)`$/.exec(row.defaultCell)?.[1];
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
