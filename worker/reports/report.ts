/** What a shared report holds in KV `REPORTS` (store.ts), as a type the page and the docs can share. */
import type { Answers, FullTriageResult, Lang } from '../../shared/index.ts';

export interface StoredReport {
  questionnaireVersion: string;
  lang: Lang;
  answers: Answers;
  result: FullTriageResult;
  /** The clinic it was shared with, its name as it was then (the page shows it). */
  clinic?: { id: string; name: string };
  createdAt: string;
  expiresAt: string;
  deleteTokenHash: string;
}

export type NewReport = Pick<StoredReport, 'questionnaireVersion' | 'lang' | 'answers' | 'result' | 'clinic'>;
