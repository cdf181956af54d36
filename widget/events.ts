/** @module The events `<hamstring-check>` fires for the host page (README, "Embed it"). */
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Lang } from '../shared/schemas/values.ts';
import type { ErrorCode } from './api.ts';

/** What each event tells the host page. Never an answer's value and never free text. */
export interface HamstringCheckEvents {
  /** The runner pressed Start (or Start again) and the first question is showing. */
  start: { lang: Lang };
  /** The runner answered a question and moved on: which question, never the answer. */
  answer: { question: string };
  /** The result is showing. */
  complete: {
    urgency: TriageResult['urgency']['level'];
    stretch: TriageResult['stretch']['verdict'];
    /** The three first-ranked condition ids. */
    conditions: string[];
    questionnaireVersion: string;
    earlyExit: boolean;
  };
  /** A request failed; the runner sees a message and a retry button. */
  error: { code: ErrorCode };
}

/** Fires `hamstring-check:<name>` on the element; it bubbles out of the shadow root to the document. */
export const emit = <K extends keyof HamstringCheckEvents>(
  el: EventTarget,
  name: K,
  detail: HamstringCheckEvents[K],
) => el.dispatchEvent(new CustomEvent(`hamstring-check:${name}`, { bubbles: true, composed: true, detail }));

/** The `complete` event's detail: codes and ids only. */
export const completed = (r: TriageResult): HamstringCheckEvents['complete'] => ({
  urgency: r.urgency.level,
  stretch: r.stretch.verdict,
  conditions: r.conditions.slice(0, 3).map((c) => c.id),
  questionnaireVersion: r.questionnaireVersion,
  earlyExit: r.earlyExit,
});

type EventMap = {
  [K in keyof HamstringCheckEvents as `hamstring-check:${K}`]: CustomEvent<HamstringCheckEvents[K]>;
};

declare global {
  interface HTMLElementEventMap extends EventMap {}
  // The events bubble to the document, where a host page may listen for every widget at once.
  interface DocumentEventMap extends EventMap {}
}
