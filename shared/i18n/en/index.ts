import { CONDITIONS_EN } from './conditions.ts';
import { FINDINGS_EN } from './findings.ts';
import { QUESTIONS_EN } from './questions.ts';
import { RED_FLAGS_EN } from './red-flags.ts';
import { RESULTS_EN } from './results.ts';
import { UI_EN } from './ui.ts';

export const EN = {
  ...QUESTIONS_EN,
  ...RED_FLAGS_EN,
  ...FINDINGS_EN,
  ...CONDITIONS_EN,
  ...RESULTS_EN,
  ...UI_EN,
};
