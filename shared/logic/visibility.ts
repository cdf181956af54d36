/**
 * @module Which questions the flow asks, given the answers so far. One pass in questionnaire order: a
 * question's `showIf` may only read earlier questions (the data lint checks this). A `showIf` that is
 * unknown asks the question, because an unknown might matter: a runner not sure how the pain started is
 * asked about a pop and a bruise, so they can rule out what a sudden injury would mean.
 *
 * A follow-up that `clarifies` a question is asked only once that question is answered "not sure".
 * A self-test is withheld while any blocker (every red flag, an acute injury) or its own `withheldIf`
 * holds or is left open by a "not sure"; a question nobody has answered yet does not withhold it: it is
 * asked first (self-tests come last).
 *
 * Imports types only, so the widget can bundle it without zod.
 */

import type { Flow, FlowQuestion } from '../schemas/questionnaire.ts';
import type { Answers, AnswerValue } from '../schemas/values.ts';
import {
  compiled,
  type EvalContext,
  evalCond,
  F,
  isUnsure,
  type Narrowed,
  type PassReading,
  type QuestionState,
  questionNumber,
  raisedBy,
  U,
  type Values,
} from './evaluate.ts';

export interface FlowState {
  /** Ids of the questions the flow asks, in order. */
  asked: string[];
  /** Ids of the self-tests withheld for safety. */
  withheld: string[];
  /** Hidden questions read as not applicable, withheld ones and unanswered asked ones as unknown. */
  ctx: EvalContext;
}

const optionId = (option: string | { id: string }) => (typeof option === 'string' ? option : option.id);

/** What the pass needs to know of a flow beyond its questions: worked out once per flow object. */
export interface FlowPlan {
  byId: ReadonlyMap<string, FlowQuestion>;
  /** Each question's place in the flow. */
  position: ReadonlyMap<string, number>;
  /** The follow-up of each question that has one, with the options it can rule out. */
  followUps: ReadonlyMap<string, { id: string; among: readonly string[] }>;
  /** Each question number's position (PassReading). */
  numbered: Int32Array;
  /** 1 for a required question, by position. */
  required: Uint8Array;
  /** Each question's showIf and withheldIf compiled, by position, and the self-test blockers. */
  showIf: ReadonlyArray<Values | undefined>;
  withheldIf: ReadonlyArray<Values | undefined>;
  blockers: readonly Values[];
}
const PLANS = new WeakMap<Flow, FlowPlan>();

function planOf(flow: Flow): FlowPlan {
  let plan = PLANS.get(flow);
  if (!plan) {
    const numbers = flow.questions.map((q) => questionNumber(q.id));
    const numbered = new Int32Array(Math.max(-1, ...numbers) + 1).fill(-1);
    numbers.forEach((n, k) => {
      numbered[n] = k;
    });
    plan = {
      numbered,
      showIf: flow.questions.map((q) => (q.showIf ? compiled(q.showIf) : undefined)),
      withheldIf: flow.questions.map((q) => (q.withheldIf ? compiled(q.withheldIf) : undefined)),
      blockers: flow.selfTestBlockers.map(compiled),
      required: Uint8Array.from(flow.questions, (q) => (q.optional ? 0 : 1)),
      byId: new Map(flow.questions.map((q) => [q.id, q])),
      position: new Map(flow.questions.map((q, i) => [q.id, i])),
      followUps: new Map(
        flow.questions.flatMap((q) =>
          q.clarifies ? [[q.clarifies, { id: q.id, among: ruledOutOptions(q) }] as const] : [],
        ),
      ),
    };
    PLANS.set(flow, plan);
  }
  return plan;
}

/**
 * The answers by position, found from the answers' own keys (and any they inherit) rather than by looking
 * up every question's id: a lookup of a key an object lacks walks its prototype chain, and most answer
 * sets lack most questions. (No question id names a property every object has.)
 */
function valuesByPosition(plan: FlowPlan, answers: Answers): Array<AnswerValue | undefined> {
  const values = new Array<AnswerValue | undefined>(plan.required.length).fill(undefined);
  for (const id in answers) {
    const k = plan.position.get(id);
    if (k !== undefined) values[k] = answers[id];
  }
  return values;
}

/** A follow-up's own options: the ones it can rule out (without its "none of these" and "not sure"). */
function ruledOutOptions(question: FlowQuestion): string[] {
  return (question.options ?? []).map(optionId).filter((id) => id !== 'none' && id !== 'unsure');
}

/**
 * A pass over the flow, and its reading of the answers: while question `cursor` is decided, it and every
 * later one are pending; once the pass is done, questions outside the flow (unknown ids) read as not
 * applicable rather than pending. One object with methods rather than a context of closures: the engine
 * reads thousands of leaves through it per result, and a trial answer starts from it (flow-trial.ts).
 */
export class Pass implements EvalContext, PassReading {
  // Declared, not defined, fields: the constructor sets them, and the widget bundles this class.
  declare readonly flow: Flow;
  declare readonly plan: FlowPlan;
  declare readonly answers: Answers;
  /** Each question's state, by position. */
  declare readonly states: QuestionState[];
  declare cursor: number;
  /** Which self-test blocker was found to hold: -1 none; undefined while none has been read. */
  declare raisedBlocker: number | undefined;
  declare readonly position: Int32Array;
  declare readonly required: Uint8Array;
  /** `answers` by position: what a leaf reads. */
  declare readonly values: Array<AnswerValue | undefined>;

  /** `values`, when given, must be `answers` by position (a trial's copy of its base's, one changed). */
  constructor(
    flow: Flow,
    answers: Answers,
    states: QuestionState[],
    raisedBlocker?: number,
    values?: Array<AnswerValue | undefined>,
  ) {
    this.flow = flow;
    this.plan = planOf(flow);
    this.answers = answers;
    this.states = states;
    this.cursor = 0;
    this.raisedBlocker = raisedBlocker;
    this.position = this.plan.numbered;
    this.required = this.plan.required;
    this.values = values ?? valuesByPosition(this.plan, answers);
  }

  /** On the prototype, so a pass is not a circular structure. */
  get byNumber(): PassReading {
    return this;
  }

  /** A question's state as the pass stands; undefined outside the flow. */
  private read(id: string): QuestionState | undefined {
    const k = this.plan.position.get(id);
    return k === undefined ? k : k < this.cursor ? this.states[k] : 'pending';
  }

  state(id: string): QuestionState {
    return this.read(id) ?? (this.cursor < this.flow.questions.length ? 'pending' : 'hidden');
  }

  omitted(id: string): boolean {
    const state = this.read(id) ?? 'pending';
    return (
      state === 'pending' ||
      (state === 'asked' && this.answers[id] === undefined && !this.plan.byId.get(id)?.optional)
    );
  }

  narrowed(id: string): Narrowed | undefined {
    const followUp = this.plan.followUps.get(id);
    const value = followUp && this.read(followUp.id) === 'asked' ? this.answers[followUp.id] : undefined;
    if (!followUp || !Array.isArray(value) || isUnsure(value)) return undefined;
    return { among: followUp.among, open: value.filter((o) => o !== 'none') };
  }

  /** Decides question k's state, the questions before it decided. */
  decide(k: number, blocked: () => boolean): QuestionState {
    this.cursor = k;
    const question = this.flow.questions[k] as FlowQuestion;
    if (question.clarifies) {
      const value = this.answers[question.clarifies];
      if (this.read(question.clarifies) !== 'asked' || value === undefined || !isUnsure(value))
        return 'hidden';
    } else if (this.plan.showIf[k]?.(this, U) === F) {
      return 'hidden';
    }
    const withheldIf = this.plan.withheldIf[k];
    if (question.selfTest && (blocked() || (withheldIf && raisedBy(withheldIf, this)))) return 'withheld';
    return 'asked';
  }

  finish(): FlowState {
    this.cursor = this.flow.questions.length;
    const asked: string[] = [];
    const withheld: string[] = [];
    this.flow.questions.forEach((question, k) => {
      if (this.states[k] === 'asked') asked.push(question.id);
      if (this.states[k] === 'withheld') withheld.push(question.id);
    });
    return { asked, withheld, ctx: this };
  }
}

export function flowState(flow: Flow, answers: Answers): FlowState {
  const pass = new Pass(flow, answers, []);
  // The blockers read only questions before the first self-test (a data lint checks it), so by then
  // their questions' states are final and one evaluation serves every self-test.
  const blocked = () => {
    pass.raisedBlocker ??= pass.plan.blockers.findIndex((blocker) => raisedBy(blocker, pass));
    return pass.raisedBlocker >= 0;
  };
  for (let k = 0; k < flow.questions.length; k++) pass.states[k] = pass.decide(k, blocked);
  return pass.finish();
}

/** The questions the flow asks, in order. */
export function askedQuestions(flow: Flow, answers: Answers): string[] {
  return flowState(flow, answers).asked;
}

/** Whether a red flag that ends the questionnaire holds for these answers. */
export function shouldExit(flow: Flow, answers: Answers): boolean {
  const { ctx } = flowState(flow, answers);
  return flow.exits.some((exit) => evalCond(exit.when, ctx) === true);
}

/**
 * The questions a runner answering in order actually sees: the asked questions up to the one whose
 * answer ends the questionnaire early, if any.
 */
export function seenQuestions(flow: Flow, answers: Answers): string[] {
  const seen: string[] = [];
  const sofar: Answers = {};
  for (const id of askedQuestions(flow, answers)) {
    seen.push(id);
    const value = answers[id];
    if (value !== undefined) sofar[id] = value;
    if (shouldExit(flow, sofar)) break;
  }
  return seen;
}

/** The first asked question without an answer, or undefined when every asked question is answered. */
export function nextQuestion(flow: Flow, answers: Answers): string | undefined {
  return askedQuestions(flow, answers).find((id) => answers[id] === undefined);
}
