/**
 * A runner going through the interview: each question the interview asks is answered from a complete
 * answer set (what this runner would say), or skipped when the set has no answer for it.
 */
import { type Answers, type InterviewStep, nextStep } from '../../../shared/index.ts';

export interface Walk {
  /** The questions asked, in order. */
  asked: string[];
  /** The answers given when it stopped. */
  answers: Answers;
  skipped: string[];
  /** Every step, the last one included (settled, exit or nothing left). */
  steps: Array<InterviewStep & { before: Answers }>;
}

export function walk(full: Answers): Walk {
  const answers: Answers = {};
  const skipped: string[] = [];
  const asked: string[] = [];
  const steps: Walk['steps'] = [];
  for (;;) {
    const step = nextStep(answers, skipped);
    steps.push({ ...step, before: { ...answers } });
    if (step.settled || step.exit || !step.next) break;
    if (asked.includes(step.next)) throw new Error(`asked ${step.next} twice`);
    asked.push(step.next);
    const value = full[step.next];
    if (value === undefined) skipped.push(step.next);
    else answers[step.next] = value;
  }
  return { asked, answers, skipped, steps };
}
