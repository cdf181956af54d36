import * as z from 'zod';

/**
 * The condition language used by `showIf`, red-flag rules, evidence rules and factor rules. A leaf reads
 * one answer; `all`, `any` and `not` combine. Evaluation is three-valued (see logic/evaluate.ts).
 */
export type Leaf =
  | { q: string; is: string }
  | { q: string; in: readonly string[] }
  | { q: string; has: string }
  | { q: string; hasAny: readonly string[] }
  | { q: string; gte: number }
  | { q: string; lte: number };

export type Cond =
  | Leaf
  | { all: readonly Cond[] }
  | { any: readonly Cond[] }
  | { not: Cond }
  | { sure: Cond };

const questionId = z.string().min(1).max(64);

export const CondSchema: z.ZodType<Cond> = z
  .lazy(() =>
    z.union([
      z.strictObject({ q: questionId, is: z.string() }),
      z.strictObject({ q: questionId, in: z.array(z.string()).min(1) }),
      z.strictObject({ q: questionId, has: z.string() }),
      z.strictObject({ q: questionId, hasAny: z.array(z.string()).min(1) }),
      z.strictObject({ q: questionId, gte: z.number() }),
      z.strictObject({ q: questionId, lte: z.number() }),
      z.strictObject({ all: z.array(CondSchema).min(1) }),
      z.strictObject({ any: z.array(CondSchema).min(1) }),
      z.strictObject({ not: CondSchema }),
      z.strictObject({ sure: CondSchema }),
    ]),
  )
  .meta({
    id: 'Cond',
    description:
      'A condition on the answers: a leaf reads one answer (`q`), `all`, `any` and `not` combine. An unanswered question makes a leaf unknown, not false. `sure` is true only when its condition is known to be true (never unknown): an exception must be reported to count, never assumed.',
  });
