import type { Cond } from '../schemas/condition.ts';
import type { QuestionType, SectionId } from '../schemas/questionnaire.ts';

/**
 * One question as data. Its texts are not here: they live in the catalogues under keys derived from the
 * id (`q.<id>`, `q.<id>.why`, `q.<id>.help`, `q.<id>.stop`, `q.<id>.short`, `opt.<id>.<option>`), so a
 * translator works on one file per language and the lint test finds any gap.
 */
export interface QuestionDef {
  id: string;
  section: SectionId;
  type: QuestionType;
  /** Option ids, without the generic "none of these" / "not sure", which `none` / `unsure` add. */
  options?: readonly string[];
  /** Multiple choice: offers an exclusive "none of these". */
  none?: boolean;
  /** Offers an exclusive "not sure"; it reads as unknown, never as a no. */
  unsure?: boolean;
  min?: number;
  max?: number;
  unit?: 'years';
  showIf?: Cond;
  /** Part of the red-flag screen, asked before anything else about the pain. */
  redFlag?: boolean;
  /** A guided home-safe self-test (clinical reference §1B): has `help` and `stop` texts. */
  selfTest?: boolean;
  /** May be skipped without an answer. */
  optional?: boolean;
  /** A self-test withheld while this holds or is left open by a "not sure" (e.g. a fresh tear). */
  withheldIf?: Cond;
  /** Asked only after a "not sure" on the question with this id: which of its options cannot be ruled out. */
  clarifies?: string;
}

/** Options every yes / no question has; "not sure" is added where `unsure` is set. */
export const YES_NO = ['yes', 'no'] as const;
