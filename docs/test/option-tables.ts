import ts from 'typescript';

export interface DocumentedRow {
  key: string;
  defaultCell: string;
}

/** A doc's option tables: a header `| \`XOptions\` | default | |`, then `| \`key\` | default | … |` rows. */
export function documentedTables(markdown: string): Map<string, DocumentedRow[]> {
  const tables = new Map<string, DocumentedRow[]>();
  let current: DocumentedRow[] | undefined;
  for (const line of markdown.split('\n')) {
    const header = /^\| `(\w+Options)` \| default \|/.exec(line);
    if (header) tables.set(header[1]!, (current = []));
    else if (!line.startsWith('|')) current = undefined;
    const row = /^\| `(\w+)` \| (.*?) \| .* \|$/.exec(line);
    if (current && row && !header) current.push({ key: row[1]!, defaultCell: row[2]! });
  }
  return tables;
}

/** Every interface of a source file whose name ends in `Options`, with its own members in order. */
export function optionInterfaces(path: string, text: string): Map<string, { members: string[]; source: ts.SourceFile }> {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found = new Map<string, { members: string[]; source: ts.SourceFile }>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node) || !node.name.text.endsWith('Options')) return;
    found.set(node.name.text, { members: node.members.filter(ts.isPropertySignature).map((member) => member.name.getText(source)), source });
  });
  return found;
}

/** The default a cell states as a code literal (`` `5000` ``, `` `true` ``, `` `/v1/ws` ``), or undefined for prose. */
export const literalCell = (cell: string): string | undefined => /^`([^`]+)`$/.exec(cell)?.[1];

/** What the code falls back to for `options.<key>`: the right side of `??`, or a boolean by its test. */
export function codeDefaults(source: ts.SourceFile, key: string): string[] {
  const found: string[] = [];
  const isOption = (node: ts.Node) => ts.isPropertyAccessExpression(node) && node.name.text === key && node.expression.getText(source) === 'options';
  const visit = (node: ts.Node) => {
    if (ts.isBinaryExpression(node) && isOption(node.left)) {
      const op = node.operatorToken.kind;
      const right = node.right.getText(source);
      // Numbers lose their separators; strings count with and without quotes (`'routes'`, `/v1/ws`).
      if (op === ts.SyntaxKind.QuestionQuestionToken) {
        const value = right.replace(/(\d)_(?=\d)/g, '$1');
        found.push(value, ...(/^'.*'$/.test(value) ? [value.slice(1, -1)] : []));
      }
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
