/**
 * @module The schemas of everything that crosses a boundary: the request the API accepts (zod mini, the
 * only one the Worker runs) and the questionnaire, result and catalogue it returns (zod classic, used for
 * the OpenAPI document and by the tests). The runtime modules import from ../index.ts, which has no zod.
 */
export { ConditionInfoSchema, SourceRefSchema } from './catalogue.ts';
export { CondSchema } from './condition.ts';
export { InterviewMinutesSchema, InterviewStepSchema } from './interview.ts';
export {
  ExitSchema,
  LangSchema,
  OptionSchema,
  QuestionnaireSchema,
  QuestionSchema,
} from './questionnaire.ts';
export {
  AnswersSchema,
  AnswerValueSchema,
  InterviewRequestSchema,
  TriageRequestSchema,
} from './request.ts';
export { FullTriageResultSchema, TriageResultSchema } from './triage.ts';
