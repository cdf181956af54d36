/**
 * @module The widget's value in a form (README, "Clinics"): a short plain-text summary (questionnaire
 * version, urgency, stretch verdict, the two first-ranked sources; vocabulary only) and the shared
 * report's link once shared. Never an answer, a name or a contact detail.
 */
import { fill } from '../shared/i18n/fill.ts';
import type { ReportCreated } from '../shared/schemas/clinic.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Strings } from './strings.ts';

/** The value once the result shows, else null (no value). */
export function formValue(t: Strings, r?: TriageResult, s?: ReportCreated | null): string | null {
  if (!r) return null;
  const likely = r.conditions
    .slice(0, 2)
    .map((c) => c.name)
    .join('; ');
  return `${fill(t.value, { version: r.questionnaireVersion })}\n${t.urgency}: ${r.urgency.title}\n${t.stretch}: ${r.stretch.headline}${r.earlyExit ? '' : `\n${t.likely}: ${likely}`}${s ? `\n${t.report}: ${s.href}` : ''}`;
}
