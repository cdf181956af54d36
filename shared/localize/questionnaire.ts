/**
 * @module The questionnaire as the API serves it: the data with every text resolved in one language,
 * plus the exits (red flags that end it early) and the self-test blockers, so a client can run the flow
 * with logic/visibility.ts alone, and the interface texts of the widget (`ui`), so one request gives a
 * client everything it shows in one language.
 */
import { hasText, text } from '../i18n/index.ts';
import { UI_TEXT_KEYS, type UiTexts } from '../i18n/ui-keys.ts';
import { INTERVIEW_MINUTES } from '../interview/estimate.ts';
import { nextStep } from '../interview/next.ts';
import type { QuestionDef } from '../questionnaire/definition.ts';
import { isExclusive, optionIds, QUESTIONNAIRE_VERSION } from '../questionnaire/flow.ts';
import { QUESTIONS, type QuestionId, type SelfTestId } from '../questionnaire/questions.ts';
import type { Lang, Question, Questionnaire } from '../schemas/questionnaire.ts';
import { SECTION_IDS } from '../schemas/values.ts';
import { RED_FLAGS, SELF_TEST_BLOCKERS } from '../triage/red-flags.ts';
import { questionKey, selfTestKey } from './keys.ts';

/**
 * The label of an answer option: the question's own wording if it has one, then (for a follow-up to a
 * "not sure") the wording of the question it clarifies, else the generic one.
 */
export function optionLabel(lang: Lang, question: QuestionDef, option: string): string {
  const key = [`opt.${question.id}.${option}`, `opt.${question.clarifies}.${option}`, `opt.${option}`].find(
    hasText,
  );
  return key ? text(lang, key) : option;
}

function localizeQuestion(lang: Lang, q: QuestionDef & { id: QuestionId }): Question {
  const question: Question = {
    id: q.id,
    section: q.section,
    type: q.type,
    text: text(lang, questionKey(q.id)),
    why: text(lang, questionKey(q.id, '.why')),
    redFlag: !!q.redFlag,
    selfTest: !!q.selfTest,
    optional: !!q.optional,
  };
  if (q.selfTest) {
    question.help = text(lang, selfTestKey(q.id as SelfTestId, 'help'));
    question.stop = text(lang, selfTestKey(q.id as SelfTestId, 'stop'));
  }
  if (q.type === 'number') {
    Object.assign(question, { min: q.min, max: q.max });
    if (q.unit) question.unit = text(lang, `unit.${q.unit}`);
  } else {
    question.options = optionIds(q).map((id) => ({
      id,
      label: optionLabel(lang, q, id),
      ...(isExclusive(q, id) ? { exclusive: true } : {}),
    }));
  }
  if (q.showIf) question.showIf = q.showIf;
  if (q.withheldIf) question.withheldIf = q.withheldIf;
  if (q.clarifies) question.clarifies = q.clarifies;
  return question;
}

const cache = new Map<Lang, Questionnaire>();

export function localizeQuestionnaire(lang: Lang): Questionnaire {
  let questionnaire = cache.get(lang);
  if (!questionnaire) {
    questionnaire = {
      version: QUESTIONNAIRE_VERSION,
      lang,
      sections: SECTION_IDS.map((id) => ({ id, title: text(lang, `section.${id}`) })),
      questions: QUESTIONS.map((q) => localizeQuestion(lang, q)),
      exits: RED_FLAGS.filter((flag) => flag.exit).map(({ id, when, urgency }) => ({ id, when, urgency })),
      selfTestBlockers: [...SELF_TEST_BLOCKERS],
      start: nextStep({}),
      minutes: { ...INTERVIEW_MINUTES },
      ui: Object.fromEntries(UI_TEXT_KEYS.map((key) => [key, text(lang, `ui.${key}`)])) as UiTexts,
    };
    cache.set(lang, questionnaire);
  }
  return questionnaire;
}
