export interface SchemaIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns the first Ajv issue into a message that names the field, and its JSON pointer. */
export function describeIssue(issue: SchemaIssue): { message: string; field: string } {
  const child =
    issue.keyword === 'required'
      ? issue.params.missingProperty
      : issue.keyword === 'additionalProperties'
        ? issue.params.additionalProperty
        : undefined;
  const field = typeof child === 'string' ? `${issue.instancePath}/${escapePointer(child)}` : issue.instancePath;
  const name = field === '' ? 'body' : field.slice(1);
  if (issue.keyword === 'required') return { message: `${name} is required`, field };
  if (issue.keyword === 'additionalProperties') return { message: `${name} is not allowed`, field };
  if (issue.keyword === 'const') {
    return { message: `${name} must be ${JSON.stringify(issue.params.allowedValue)}`, field };
  }
  return { message: `${name} ${issue.message ?? 'is invalid'}`, field };
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
