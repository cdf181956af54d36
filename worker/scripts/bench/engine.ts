/**
 * Engine speed, in-process, over every vignette (public and our own): triage() as POST /v1/triage calls
 * it (nothing expanded, worker/routes/triage.ts), the whole result as a shared report asks for it, and
 * the deciding half, decide(): each vignette's median call, then the median over vignettes; one interview step (nextStep)
 * after each answer as a runner gives them; the next visible question after each answer (what the widget
 * computes on every screen), and answer validation.
 */
import {
  type Answers,
  decide,
  FLOW,
  nextQuestion,
  nextStep,
  QUESTIONS,
  triage,
  validateAnswers,
} from '../../../shared/index.ts';
import { VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/answers.ts';
import { OWN_VIGNETTE_ANSWERS } from '../../../tests/shared/vignettes/own-answers.ts';
import { median, percentile, round, table } from './stats.ts';

const ROUNDS = 9;
const sets: Answers[] = [...Object.values(VIGNETTE_ANSWERS), ...Object.values(OWN_VIGNETTE_ANSWERS)];

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

/**
 * Microseconds per call of each of `fns` for each input: `rounds` calls each, summed up by `pick` (a
 * median, or the least, so the figure is the input's own cost rather than other load on the machine
 * preempting one call). The spread over inputs is the point: a median over vignettes, or the interview's
 * slowest steps. The functions take turns round by round: timed one after another, whichever came first
 * read up to twice as slow in some runs and not others (a lean triage slower than a whole one), as a
 * collection or a compilation still under way falls on the first, and on a busy machine its background
 * threads wait. In turn, such a phase falls on all of them alike.
 */
function microsInTurn<T>(
  inputs: readonly T[],
  fns: readonly ((input: T) => unknown)[],
  rounds: number,
  pick: (times: number[]) => number = median,
): number[][] {
  const times = fns.map(() => inputs.map((): number[] => []));
  for (let round = 0; round < rounds; round++)
    for (const [f, fn] of fns.entries())
      for (const [i, input] of inputs.entries()) {
        const start = performance.now();
        fn(input);
        times[f]?.[i]?.push((performance.now() - start) * 1000);
      }
  return times.map((each) => each.map(pick));
}

/** Each vignette's answers as a runner gives them: none, then one more per question, up to all of them. */
function prefixes(): Answers[] {
  return sets.flatMap((answers) => {
    const order = QUESTIONS.map((q) => q.id).filter((id) => answers[id] !== undefined);
    return [...order, ''].map(
      (_, i) => Object.fromEntries(order.slice(0, i).map((id) => [id, answers[id]])) as Answers,
    );
  });
}

/**
 * Every measured call, over and over for a second, before anything is timed: whichever ran first was
 * otherwise timed up to twice as slow (code still settling, a heap still growing), so the figures
 * depended on their order.
 */
function warmUp(steps: readonly Answers[]): void {
  const start = performance.now();
  do {
    for (const answers of sets) {
      triage({ lang: 'en', answers }, { expand: [] });
      triage({ lang: 'en', answers });
    }
    for (const answers of steps) nextStep(answers);
  } while (performance.now() - start < 1000);
}

export function engineBenchmark(): { markdown: string; summary: Record<string, number> } {
  warmUp(prefixes());
  const [lean = [], full = [], decided = []] = microsInTurn(
    sets,
    [
      (answers) => triage({ lang: 'en', answers }, { expand: [] }),
      (answers) => triage({ lang: 'en', answers }),
      decide,
    ],
    21,
  );
  const triageUs = median(lean);
  const fullTriageUs = median(full);
  const decideUs = median(decided);
  const steps = prefixes();
  const [stepUs = []] = microsInTurn(steps, [nextStep], 3, (times) => Math.min(...times));
  const nextUs = median(microsPerCall(steps, (answers) => nextQuestion(FLOW, answers)));
  const validateUs = median(microsPerCall(sets, validateAnswers));
  const perSecond = (us: number) => round(1e6 / us, 0);
  const markdown = table(
    ['Measure', 'µs per call', 'Calls per second'],
    [
      [
        `triage() as the route calls it (nothing expanded), median over the ${sets.length} vignettes`,
        round(triageUs),
        perSecond(triageUs),
      ],
      ['triage(), the whole result (a shared report), median', round(fullTriageUs), perSecond(fullTriageUs)],
      ['decide() (triage without localising), median', round(decideUs), perSecond(decideUs)],
      [
        `interview step (nextStep) after each answer, ${steps.length} steps, least of 3 runs each: median`,
        round(median(stepUs)),
        perSecond(median(stepUs)),
      ],
      ['interview step: p95', round(percentile(stepUs, 95)), ''],
      ['interview step: slowest', round(Math.max(...stepUs)), ''],
      ['next visible question after each answer, median', round(nextUs, 2), perSecond(nextUs)],
      ['validateAnswers() over the vignettes, median', round(validateUs, 2), perSecond(validateUs)],
    ],
  );
  return {
    markdown,
    summary: {
      triageUs,
      fullTriageUs,
      decideUs,
      stepUs: median(stepUs),
      stepP95Us: percentile(stepUs, 95),
      stepMaxUs: Math.max(...stepUs),
      nextUs,
      validateUs,
    },
  };
}

// `node worker/scripts/bench/engine.ts` measures the engine alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(engineBenchmark().markdown);
