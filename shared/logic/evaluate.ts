/**
 * @module Three-valued evaluation of the condition language: `true`, `false` or `undefined` (unknown).
 * A question the runner answered "not sure" is unknown, never a no: that is what keeps an uncertain
 * red flag from reassuring. A question the flow did not ask because its `showIf` was false is known not
 * to apply, so its leaves are false; a self-test the flow withheld is unknown (it was relevant, but not
 * safe to try).
 *
 * An unknown has two sources that matter differently: a "not sure" (or a skipped optional question, or a
 * withheld self-test) is what the runner told us; a required question nobody answered yet is not.
 * `reach` tells them apart: whether answers to the unanswered questions alone could still settle a
 * condition, so a flag held open only by them is asked about rather than escalated.
 *
 * Imports types only, so the widget can bundle it without zod.
 */

import type { Cond, Leaf } from '../schemas/condition.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';

export type Truth = boolean | undefined;

/**
 * Whether the flow asks a question: `pending` while the visibility pass has not reached it yet,
 * `withheld` for a self-test not offered because something it could be unsafe with is not ruled out.
 */
export type QuestionState = 'asked' | 'hidden' | 'withheld' | 'pending';

/** A "not sure" narrowed by its follow-up: which options it was about, and which of them stay open. */
export interface Narrowed {
  among: readonly string[];
  open: readonly string[];
}

export interface EvalContext {
  answers: Answers;
  /**
   * A flow pass's reading by question number (questionNumber), which a leaf takes instead of the
   * methods below: the engine reads thousands of leaves per result, and looking each id up was much of it.
   */
  byNumber?: PassReading;
  state(questionId: string): QuestionState;
  /** An asked, required question with no answer yet (or not yet reached): unknown, but not from the runner. */
  omitted?(questionId: string): boolean;
  /** The options a "not sure" on this question could still mean, once its follow-up is answered. */
  narrowed?(questionId: string): Narrowed | undefined;
}

/** What a flow pass says of its questions, by position in the flow (see EvalContext's byNumber). */
export interface PassReading {
  /** Each question number's position in the flow, -1 outside it; numbers past its end are outside too. */
  position: Int32Array;
  /** 1 for a question that must be answered (not optional), by position. */
  required: Uint8Array;
  /** Each question's state, by position: final for positions before `cursor`, pending from there on. */
  states: QuestionState[];
  /** The answers, by position. */
  values: Array<AnswerValue | undefined>;
  cursor: number;
}

/**
 * A small number for each question id a condition or flow reads, the same for the isolate's life: a
 * leaf finds its question's place in a pass by it, in a typed array rather than a Map.
 */
const NUMBERS = new Map<string, number>();
export function questionNumber(id: string): number {
  let n = NUMBERS.get(id);
  if (n === undefined) {
    n = NUMBERS.size;
    NUMBERS.set(id, n);
  }
  return n;
}

/** Answered "not sure" (alone, or in a list): unknown, like no answer. */
export function isUnsure(value: AnswerValue): boolean {
  return value === 'unsure' || (Array.isArray(value) && value.includes('unsure'));
}

/** Options a has / hasAny leaf asks about. */
function optionsOf(leaf: Leaf): readonly string[] | undefined {
  if ('has' in leaf) return [leaf.has];
  if ('hasAny' in leaf) return leaf.hasAny;
  return undefined;
}

/**
 * A leaf on a question answered "not sure": unknown, unless the follow-up ruled out every option it
 * asks about ("I can rule these out"), which makes it false.
 */
function evalUnsure(leaf: Leaf, options: readonly string[] | undefined, ctx: EvalContext): Truth {
  const narrowed = options && ctx.narrowed?.(leaf.q);
  if (!options || !narrowed) return undefined;
  if (options.some((o) => narrowed.open.includes(o))) return undefined;
  return options.every((o) => narrowed.among.includes(o)) ? false : undefined;
}

/** What a leaf says of a known answer (not "not sure"), decided once per leaf rather than per answer. */
function answerTest(leaf: Leaf): (value: AnswerValue) => Truth {
  if ('is' in leaf) return (value) => value === leaf.is;
  if ('in' in leaf) return (value) => typeof value === 'string' && leaf.in.includes(value);
  if ('has' in leaf) return (value) => (Array.isArray(value) ? value.includes(leaf.has) : value === leaf.has);
  if ('hasAny' in leaf) {
    // A single answer is one chosen option: no list made for it per call.
    const options = leaf.hasAny.map(String);
    return (value) =>
      Array.isArray(value)
        ? options.some((option) => value.includes(option))
        : options.includes(value as string);
  }
  const test = 'gte' in leaf ? (n: number) => n >= leaf.gte : (n: number) => n <= leaf.lte;
  return (value) => (typeof value === 'number' ? test(value) : undefined);
}

// Truth values as bits, ordered false < unknown < true, so Kleene's "and" is the least and "or" the
// greatest; a set of values that an answer could still turn out to be is their union.
// Exported for logic/truth-test.ts, which the engine uses and the widget does not bundle.
export const F = 1;
export const U = 2;
export const T = 4;

/** `and` / `or` of two sets of values, every pair combined: tabled once, as they run for every rule. */
const combine = (pick: (a: number, b: number) => number) => {
  const table = new Uint8Array(64);
  for (let x = 1; x < 8; x++)
    for (let y = 1; y < 8; y++)
      for (const a of [F, U, T])
        if (x & a)
          for (const b of [F, U, T]) if (y & b) table[x * 8 + y] = (table[x * 8 + y] ?? 0) | pick(a, b);
  return table;
};
const AND = combine(Math.min);
const OR = combine(Math.max);

/**
 * A condition compiled to a function giving the values it can take: one value when unanswered questions
 * read as unknown (`free` = U), or every value some answers to them could give (`free` = F | T).
 */
export type Values = (ctx: EvalContext, free: number) => number;

/**
 * Compiled once per condition object and kept for the isolate's life: the data's conditions are module
 * constants evaluated thousands of times a second, and walking their object shapes on every call was
 * most of the engine's time. A WeakMap, so conditions built on the fly (tests, payloads) are not kept.
 */
const COMPILED = new WeakMap<Cond, Values>();

export function compiled(cond: Cond): Values {
  let values = COMPILED.get(cond);
  if (!values) {
    values = compile(cond);
    COMPILED.set(cond, values);
  }
  return values;
}

function compile(cond: Cond): Values {
  if ('q' in cond) return compileLeaf(cond);
  if ('all' in cond) {
    const parts = cond.all.map(compiled);
    return (ctx, free) => {
      let acc = T;
      // Once only false is left, nothing after can change it.
      for (let i = 0; i < parts.length && acc !== F; i++)
        acc = AND[acc * 8 + (parts[i] as Values)(ctx, free)] as number;
      return acc;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map(compiled);
    return (ctx, free) => {
      let acc = F;
      for (let i = 0; i < parts.length && acc !== T; i++)
        acc = OR[acc * 8 + (parts[i] as Values)(ctx, free)] as number;
      return acc;
    };
  }
  if ('not' in cond) {
    const inner = compiled(cond.not);
    return (ctx, free) => {
      const value = inner(ctx, free);
      return ((value & F) << 2) | (value & U) | ((value & T) >> 2);
    };
  }
  // What is known for sure now: never unknown.
  const inner = compiled(cond.sure);
  return (ctx) => (inner(ctx, U) === T ? T : F);
}

function compileLeaf(leaf: Leaf): Values {
  const { q } = leaf;
  const test = answerTest(leaf);
  const options = optionsOf(leaf);
  const n = questionNumber(q);
  const known = (value: AnswerValue, ctx: EvalContext): Truth =>
    isUnsure(value) ? evalUnsure(leaf, options, ctx) : test(value);
  return (ctx, free) => {
    const pass = ctx.byNumber;
    // A pass's reading, as its state(), answers and omitted() below would say it.
    if (pass) {
      const k = n < pass.position.length ? (pass.position[n] as number) : -1;
      // Outside the flow: pending (so omitted) until the pass is done, then not applicable.
      if (k < 0) return pass.cursor < pass.required.length ? free : F;
      if (k >= pass.cursor) return free;
      const state = pass.states[k];
      if (state === 'hidden') return F;
      if (state === 'withheld') return U;
      const value = pass.values[k];
      if (value === undefined) return pass.required[k] ? free : U;
      const truth = known(value, ctx);
      return truth === undefined ? U : truth ? T : F;
    }
    const state = ctx.state(q);
    if (state === 'hidden') return F;
    // Withheld, pending or unanswered: unknown. Answered: what the answer says, unless "not sure".
    const value = state === 'withheld' || state === 'pending' ? undefined : ctx.answers[q];
    if (value !== undefined) {
      const truth = known(value, ctx);
      if (truth !== undefined) return truth ? T : F;
    }
    return ctx.omitted?.(q) ? free : U;
  };
}

/** Kleene's strong three-valued logic: `all` is false if any part is false, true only if all are true. */
export function evalCond(cond: Cond, ctx: EvalContext): Truth {
  const value = compiled(cond)(ctx, U);
  return value === U ? undefined : value === T;
}

/**
 * For a condition that may be unknown: whether some answers to the unanswered required questions alone
 * could make it false, and whether some could make it true. A "not sure" stays unknown either way. (Leaves
 * are taken one by one, so two leaves on the same unanswered question count as independent: that can only
 * find a way to settle where there is none, never miss one.)
 */
export function reach(cond: Cond, ctx: EvalContext): { canBeFalse: boolean; canBeTrue: boolean } {
  const value = compiled(cond)(ctx, F | T);
  return { canBeFalse: !!(value & F), canBeTrue: !!(value & T) };
}

/**
 * Holds, or is left open by what the runner told us: true, or unknown in a way that no answer to the
 * unanswered questions could rule out. What escalates a flag and withholds a self-test.
 */
export function raised(cond: Cond, ctx: EvalContext): boolean {
  return raisedBy(compiled(cond), ctx);
}

/** raised() for a condition already compiled. */
export const raisedBy = (values: Values, ctx: EvalContext): boolean => !(values(ctx, F | T) & F);

const READS = new WeakMap<Cond, ReadonlySet<string>>();

/** Every question id a condition reads, worked out once per condition object: do not modify it. */
export function readsOf(cond: Cond): ReadonlySet<string> {
  let reads = READS.get(cond);
  if (!reads) {
    reads = questionsOf(cond);
    READS.set(cond, reads);
  }
  return reads;
}

/**
 * The context with one answer changed, without copying the others: reads of any other answer fall
 * through to the context's own. The engine tries hundreds of single answers per result.
 */
export function withAnswer(answers: Answers, id: string, value: AnswerValue): Answers {
  const changed: Answers = Object.create(answers);
  changed[id] = value;
  return changed;
}

/** Every question id a condition reads. */
export function questionsOf(cond: Cond, into: Set<string> = new Set()): Set<string> {
  if ('all' in cond) for (const part of cond.all) questionsOf(part, into);
  else if ('any' in cond) for (const part of cond.any) questionsOf(part, into);
  else if ('not' in cond) questionsOf(cond.not, into);
  else if ('sure' in cond) questionsOf(cond.sure, into);
  else into.add(cond.q);
  return into;
}
