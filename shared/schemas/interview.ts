/**
 * @module The interview step as POST /v1/interview/next returns it (documented, zod classic). Its request
 * runs in the Worker, so it lives with the triage request in request.ts (zod mini).
 */
import * as z from 'zod';
import { STEP_REASONS } from './values.ts';

export const InterviewStepSchema = z
  .strictObject({
    next: z.string().nullable().meta({
      description:
        'The question to ask next (its id in the questionnaire); null when nothing is left to ask.',
    }),
    reason: z.enum(STEP_REASONS).nullable().meta({
      description:
        'Why it is asked now: `red-flag` the screen, asked first and in full; `follow-up` after a "not sure"; `safety` a red flag, a self-test blocker or a fresh injury waits on it; `advice` its answer could change the urgency or the stretch verdict; `cause` it could change the most likely cause; `more` the result is settled, and it could still sharpen the detail.',
    }),
    settled: z.boolean().meta({
      description:
        'No single remaining answer could change the urgency, the stretch verdict or the most likely cause, and leaving every remaining question unasked could not make the advice more cautious: offer the result (POST /v1/triage with these answers). The runner may still answer `next`.',
    }),
    exit: z
      .boolean()
      .meta({ description: 'A red flag that ends the questionnaire holds: show the result now.' }),
    answered: z.number().int().min(0).meta({ description: 'Questions answered or skipped so far.' }),
    toGo: z.number().int().min(0).meta({
      description: 'Questions that could still change the result, as far as can be told now (an estimate).',
    }),
    atMost: z.number().int().min(0).meta({
      description:
        'Questions that could still be asked at all. answered / (answered + atMost) never decreases as answers are added: a progress bar that never moves back.',
    }),
    stale: z.array(z.string()).meta({
      description:
        'Answers given to questions the flow no longer asks, because an earlier answer changed: drop them before POST /v1/triage, which refuses them.',
    }),
  })
  .meta({ id: 'InterviewStep' });

export const InterviewMinutesSchema = z
  .strictObject({
    typical: z.number().int().min(1).meta({ description: 'The median interview, in minutes.' }),
    most: z.number().int().min(1).meta({ description: 'Nine interviews in ten finish within this.' }),
  })
  .meta({
    id: 'InterviewMinutes',
    description:
      'How long the check takes, measured over the vignettes: words read at 200 a minute, 4 s per answer, 45 s per self-test.',
  });
