import type { EN } from '../en/index.ts';
import { CONDITIONS_ES } from './conditions.ts';
import { FINDINGS_ES } from './findings.ts';
import { QUESTIONS_ES } from './questions.ts';
import { RED_FLAGS_ES } from './red-flags.ts';
import { RESULTS_ES } from './results.ts';
import { UI_ES } from './ui.ts';

export const ES: Record<keyof typeof EN, string> = {
  ...QUESTIONS_ES,
  ...RED_FLAGS_ES,
  ...FINDINGS_ES,
  ...CONDITIONS_ES,
  ...RESULTS_ES,
  ...UI_ES,
};
