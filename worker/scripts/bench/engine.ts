/**
 * Engine speed, in-process: triage evaluations over all public vignettes (median of repeated rounds), the
 * cost of the next visible question after each answer (what the widget computes on every screen), and
 * answer validation.
 */
import {
  type Answers,
  FLOW,
  nextQuestion,
  QUESTIONS,
  triage,
  validateAnswers,
} from '../../../shared/index.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { median, round, table } from './stats.ts';

const ROUNDS = 9;
const sets = Object.values(VIGNETTE_ANSWERS);

/** Microseconds per call of `fn` over `inputs`, repeated until a round takes at least 200 ms. */
function microsPerCall<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  const perRound: number[] = [];
  for (let round = 0; round < ROUNDS + 1; round++) {
    let calls = 0;
    const start = performance.now();
    do {
      for (const input of inputs) fn(input);
      calls += inputs.length;
    } while (performance.now() - start < 200);
    if (round > 0) perRound.push(((performance.now() - start) * 1000) / calls); // round 0 warms up
  }
  return perRound;
}

/** Each vignette's answers as the widget accumulates them, one prefix per question answered. */
function prefixes(): Answers[] {
  return sets.flatMap((answers) => {
    const order = QUESTIONS.map((q) => q.id).filter((id) => answers[id] !== undefined);
    return order.map(
      (_, i) => Object.fromEntries(order.slice(0, i + 1).map((id) => [id, answers[id]])) as Answers,
    );
  });
}

export function engineBenchmark(): { markdown: string; summary: Record<string, number> } {
  const triageUs = median(microsPerCall(sets, (answers) => triage({ lang: 'en', answers })));
  const nextUs = median(microsPerCall(prefixes(), (answers) => nextQuestion(FLOW, answers)));
  const validateUs = median(microsPerCall(sets, validateAnswers));
  const markdown = table(
    ['Measure', 'Median µs per call', 'Calls per second'],
    [
      [`triage() over the ${sets.length} public vignettes`, round(triageUs), round(1e6 / triageUs, 0)],
      ['next visible question after each answer', round(nextUs, 2), round(1e6 / nextUs, 0)],
      ['validateAnswers() over the vignettes', round(validateUs, 2), round(1e6 / validateUs, 0)],
    ],
  );
  return { markdown, summary: { triageUs, nextUs, validateUs } };
}
