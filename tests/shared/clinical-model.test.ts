/**
 * docs/clinical-model.md is what a reviewing clinician signs off: it must say exactly what the engine's
 * data says, so a rule, weight or threshold changed without regenerating it fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RED_FLAGS } from '../../shared/index.ts';
import { JUDGEMENTS } from '../../shared/triage/judgements.ts';
import { CLINICAL_MODEL_PATH, clinicalModelMarkdown } from '../../worker/scripts/clinical-model.ts';

describe('docs/clinical-model.md', () => {
  const generated = clinicalModelMarkdown();

  it('matches the engine data (run `npm run clinical-model` after changing a rule)', () => {
    expect(readFileSync(CLINICAL_MODEL_PATH, 'utf8') === generated, 'docs/clinical-model.md is stale').toBe(
      true,
    );
  });

  it('lists every red flag and every judgement awaiting sign-off', () => {
    for (const flag of RED_FLAGS) expect(generated).toContain(`| ${flag.id} |`);
    for (const judgement of JUDGEMENTS) expect(generated).toContain(judgement.rule);
  });
});
