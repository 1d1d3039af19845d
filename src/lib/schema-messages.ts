import type { z } from 'astro/zod';

/**
 * Messages for the schema problems that carry none of their own: a missing field, a value of the
 * wrong kind, an unknown field. Written for editors and without the field's name, which is printed
 * before each message (zod's defaults read "Invalid input: expected string, received undefined").
 */
export const editorMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Missing: write ${expected(issue)}.` : `Write ${expected(issue)}, not ${shown(issue.input)}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or remove ${issue.keys.length > 1 ? 'them' : 'it'}.`;
    case 'invalid_value':
      return `Use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
    default:
      return undefined;
  }
};

/** The lengths and kinds zod keeps on a schema, where there are any. */
interface Described {
  minLength?: number | null;
  maxLength?: number | null;
  isInt?: boolean;
}

function expected(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidType>): string {
  const schema = (issue.inst ?? {}) as Described;
  switch (issue.expected) {
    case 'string': {
      const { minLength: min, maxLength: max } = schema;
      if (min && max) return `text of ${min} to ${max} characters`;
      return min ? `text of at least ${min} characters` : 'text';
    }
    case 'number':
    case 'int':
      return schema.isInt || issue.expected === 'int' ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'date':
      return 'a date as YYYY-MM-DD';
    case 'array':
    case 'tuple':
      return 'a list (one "- " line per item)';
    case 'object':
    case 'record':
      return 'a group of fields (indented lines of "name: value")';
    default:
      return String(issue.expected);
  }
}

/** A value as an editor wrote it, short. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
