import { describe, expect, it } from 'vitest';
import { CONDITIONS_IN_FULL, EXPANSIONS, triage } from '../../shared/index.ts';
import { TriageResultSchema } from '../../shared/schemas/index.ts';
import { VIGNETTE_ANSWERS } from '../shared/vignettes/answers.ts';
import { api, expectProblem, jsonPost, postTriage, SITTING_BONE_ACHE, triageBody } from './helpers.ts';

const whole = triage({ lang: 'en', answers: SITTING_BONE_ACHE });
const negativeIds = whole.redFlags.filter((f) => f.status === 'negative').map((f) => f.id);

async function sent(extra: Record<string, unknown> = {}, answers = SITTING_BONE_ACHE) {
  const res = await postTriage(triageBody(answers, extra));
  expect(res.status).toBe(200);
  return TriageResultSchema.parse(await res.json());
}

describe('POST /v1/triage with and without expand', () => {
  it("sends no clinician summary, no sources' citations and only the negative flags ids by default", async () => {
    const result = await sent();
    expect(result.clinicianSummary).toBeUndefined();
    expect(result.sources).toBeUndefined();
    expect(result.redFlags.every((f) => f.status !== 'negative')).toBe(true);
    expect(result.clearedFlags).toEqual(negativeIds);
    expect(result.conditions).toHaveLength(CONDITIONS_IN_FULL);
    expect(result.conditions).toEqual(whole.conditions.slice(0, CONDITIONS_IN_FULL));
  });

  it('keeps the flags a runner was unsure of, with their texts, by default', async () => {
    // "Not sure" about the nerve symptoms; the self-test is then withheld, so it is not answered.
    const { 'st-sitting-bone': _selfTest, ...rest } = SITTING_BONE_ACHE;
    const unsure = { ...rest, 'rf-nerve': ['unsure'] };
    const result = await sent({}, unsure);
    const flags = result.redFlags.filter((f) => f.status === 'unsure');
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) {
      expect(flag.reason).not.toBe('');
      expect(result.clearedFlags).not.toContain(flag.id);
    }
  });

  it('sends the clinician summary when asked, as the shared report keeps it', async () => {
    const result = await sent({ expand: ['clinicianSummary'] });
    expect(result.clinicianSummary).toEqual(whole.clinicianSummary);
    expect(result.redFlags.every((f) => f.status !== 'negative')).toBe(true);
  });

  it('sends every red flag with its texts when asked', async () => {
    const result = await sent({ expand: ['redFlags'] });
    expect(result.redFlags).toEqual(whole.redFlags);
    expect(result.clearedFlags).toEqual(negativeIds);
    expect(result.clinicianSummary).toBeUndefined();
  });

  it("sends the sources' citations when asked, every one the plan items name among them", async () => {
    const result = await sent({ expand: ['sources'] });
    expect(result.sources).toEqual(whole.sources);
    const cited = new Set(result.sources?.map((s) => s.id));
    const { now, exercises, training } = result.plan;
    for (const item of [...now, ...exercises, ...training])
      for (const id of item.sources) expect(cited, `${item.id} cites ${id}`).toContain(id);
    expect(result.clinicianSummary).toBeUndefined();
  });

  it('sends everything the whole result holds when every part is asked for', async () => {
    const result = await sent({ expand: [...EXPANSIONS] });
    expect(result).toEqual({ ...whole, clearedFlags: negativeIds });
  });

  it('sends the same result for an empty expand as for none', async () => {
    expect(await sent({ expand: [] })).toEqual(await sent());
  });

  it('returns 400 naming the allowed parts for an unknown one', async () => {
    const res = await postTriage(
      triageBody(SITTING_BONE_ACHE, { expand: ['clinicianSummary', 'everything'] }),
    );
    const problem = await expectProblem(res, 400, 'invalid-request');
    expect(problem.errors).toEqual([
      {
        pointer: '/expand/1',
        detail: 'expand[1] must be one of "clinicianSummary", "redFlags", "conditions", "sources"',
      },
    ]);
  });

  it('returns 400 when expand is not a list', async () => {
    const res = await postTriage(triageBody(SITTING_BONE_ACHE, { expand: 'clinicianSummary' }));
    const problem = await expectProblem(res, 400, 'invalid-request');
    expect(problem.errors?.[0]).toEqual({ pointer: '/expand', detail: 'expand must be an array' });
  });

  it('names expand among the fields when a body has an unknown one', async () => {
    const res = await postTriage(triageBody(SITTING_BONE_ACHE, { expnad: ['redFlags'] }));
    const problem = await expectProblem(res, 400, 'invalid-request');
    expect(problem.errors?.[0]?.detail).toContain('questionnaireVersion, lang, answers and expand');
  });

  it('keeps the red flags that ended the questionnaire, with what to do, by default', async () => {
    const result = await sent({}, VIGNETTE_ANSWERS['P05-cauda-equina']);
    const raised = result.redFlags.filter((f) => f.status === 'positive');
    expect(raised.length).toBeGreaterThan(0);
    expect(raised.every((f) => f.action.length > 0)).toBe(true);
  });

  it('refuses expand on a shared report, which always keeps the whole result', async () => {
    const res = await api('/v1/reports', jsonPost(triageBody(SITTING_BONE_ACHE, { expand: ['redFlags'] })));
    const problem = await expectProblem(res, 400, 'invalid-request');
    expect(problem.errors?.[0]?.pointer).toBe('/expand');
  });
});
