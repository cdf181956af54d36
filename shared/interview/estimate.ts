/**
 * @module How long the check takes, measured from what a runner reads and does, not guessed: the words
 * of each question asked (its text, options and, for a self-test, how to do it and when to stop), read at
 * a comfortable pace, a few seconds to choose, and the time to do each self-test. The minutes the intro
 * promises are these measured over every vignette's interview in every language; a test recomputes them.
 */
import type { Question } from '../schemas/questionnaire.ts';

/**
 * A little under the average adult's silent reading rate for non-fiction (about 238 words a minute,
 * Brysbaert 2019), since these are read on a phone and some are read twice.
 */
export const WORDS_PER_MINUTE = 200;
/** To choose an answer and tap it once read. */
export const SECONDS_PER_ANSWER = 4;
/** To get into position, do a self-test on both sides and come back to the phone. */
export const SECONDS_PER_SELF_TEST = 45;

/** What the intro promises: the median interview, and nine in ten finish within `most`. */
export const INTERVIEW_MINUTES = { typical: 6, most: 10 } as const;

const words = (text = '') => text.split(/\s+/).filter(Boolean).length;

/** Seconds to read and answer these questions, in the language they are written in. */
export function interviewSeconds(questions: readonly Question[]): number {
  return questions.reduce((seconds, q) => {
    const read = words(q.text) + words(q.help) + words(q.stop);
    const options = (q.options ?? []).reduce((n, option) => n + words(option.label), 0);
    const doing = q.selfTest ? SECONDS_PER_SELF_TEST : 0;
    return seconds + ((read + options) / WORDS_PER_MINUTE) * 60 + SECONDS_PER_ANSWER + doing;
  }, 0);
}
