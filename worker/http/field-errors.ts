/**
 * @module Field errors for problem responses: zod issues and the questionnaire's answer problems become
 * `{ pointer, detail }` pairs, one per invalid field, with details that say what is allowed. Details
 * never quote the caller's values beyond the short ones the schema already bounds.
 */
import type * as z from 'zod';
import type { FieldProblem } from '../../shared/index.ts';
import type { FieldError } from '../schemas.ts';

type Path = readonly PropertyKey[];

/** RFC 6901: `~` and `/` inside a key are escaped as `~0` and `~1`. */
export function jsonPointer(path: Path): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The field as a caller writes it in code: `answers.age`, `answers.where[0]`. */
function dotted(path: Path): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

const ANSWER_VALUE =
  'must be an option id (text of 1 to 64 characters), a list of 1 to 20 option ids, or a finite number';

const TYPE_NAMES: Record<string, string> = {
  object: 'a JSON object',
  record: 'a JSON object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
};

export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `is required (${expected})` : `must be ${expected}`;
    }
    case 'invalid_union':
      return issue.path[0] === 'answers' && issue.path.length === 2 ? ANSWER_VALUE : issue.message;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_key':
      return 'is not a valid question id (1 to 64 characters)';
    case 'too_big':
    case 'too_small': {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const noun = { string: 'character', array: 'item' }[issue.origin as string];
      const bound = `${issue.code === 'too_big' ? 'at most' : 'at least'} ${limit}`;
      return noun ? `must have ${bound} ${noun}${limit === 1 ? '' : 's'}` : `must be ${bound}`;
    }
    default:
      return issue.message;
  }
}

/** One field error per invalid field; an unknown key is reported at its own pointer. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], allowedKeys: string): FieldError[] {
  return issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        pointer: jsonPointer([...issue.path, key]),
        detail: `${dotted([...issue.path, key]).slice(0, 100)} is not a field of this request; the fields are ${allowedKeys}`,
      }));
    }
    const field = dotted(issue.path);
    return [
      {
        pointer: jsonPointer(issue.path),
        detail: field ? `${field} ${describeIssue(issue)}` : `The body ${describeIssue(issue)}`,
      },
    ];
  });
}

/** validateAnswers reports fields as `answers.<question id>`; the id may itself contain dots. */
export function answerProblemsToFieldErrors(problems: readonly FieldProblem[]): FieldError[] {
  return problems.map(({ field, reason }) => {
    // `answers.<question id>` or `skipped.<index>`: a question id may itself hold dots.
    const dot = field.indexOf('.');
    return {
      pointer: jsonPointer([field.slice(0, dot), field.slice(dot + 1)]),
      detail: `${field} ${reason}`,
    };
  });
}
