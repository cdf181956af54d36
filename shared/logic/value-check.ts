/**
 * @module Whether an answer's value is one its question takes: the check the API validates with
 * (questionnaire/validate.ts, which words it for the developer) and the widget runs before it moves on,
 * so the two cannot disagree. Imports types only, so the widget can bundle it without zod or the data.
 */
import type { AnswerValue, QuestionType } from '../schemas/values.ts';

/**
 * What the check reads of a question: a question of the questionnaire payload is one as it stands; the
 * data's definition is one once its options are spelled out.
 */
export interface ValueRule {
  type: QuestionType;
  min?: number;
  max?: number;
  /** Every option the question takes, generic "none of these" and "not sure" included. */
  options?: ReadonlyArray<{ id: string; exclusive?: boolean }>;
}

/**
 * What is wrong with a value, if anything: `type` the wrong shape (a number, one option id, a list of
 * them), `whole` a fraction, `range` a number out of bounds, `option` an id not offered, `repeat` an
 * option listed twice, `alone` an exclusive option chosen with others.
 */
export type ValueProblem = 'type' | 'whole' | 'range' | 'option' | 'repeat' | 'alone';

export function valueProblem(rule: ValueRule, value: AnswerValue): ValueProblem | undefined {
  if (rule.type === 'number') {
    if (typeof value !== 'number') return 'type';
    if (!Number.isInteger(value)) return 'whole';
    return value < (rule.min ?? -Infinity) || value > (rule.max ?? Infinity) ? 'range' : undefined;
  }
  const list = rule.type === 'multi' || rule.type === 'region';
  if (list ? !Array.isArray(value) : typeof value !== 'string') return 'type';
  const chosen = [value].flat() as string[];
  const option = (id: string) => rule.options?.find((o) => o.id === id);
  if (!chosen.every(option)) return 'option';
  if (new Set(chosen).size < chosen.length) return 'repeat';
  if (chosen.length > 1 && chosen.some((id) => option(id)?.exclusive)) return 'alone';
  return undefined;
}
