/**
 * @module The questionnaire's state and moves: which screen, which question, the answers, the result and
 * what went wrong. Which questions are asked, and when a red flag ends the questionnaire, come from the
 * shared flow logic the API itself validates with, so the widget never sends an answer the API refuses.
 */
import type { ReactiveControllerHost } from 'lit';
import { askedQuestions, shouldExit } from '../shared/logic/visibility.ts';
import type { Question, Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Answers, AnswerValue } from '../shared/schemas/values.ts';
import {
  type ApiError,
  deleteReport,
  getQuestionnaire,
  type Profile,
  postReport,
  postTriage,
  type Report,
} from './api.ts';
import type { HamstringCheckEvents } from './hamstring-check.ts';
import type { Lang } from './strings.ts';

export interface FlowHost extends ReactiveControllerHost {
  readonly language: Lang;
  readonly apiBase: string;
  /** The clinic's profile, once loaded: the triage request counts the completion for it, a share names it. */
  readonly profile?: Profile;
  /** The screen changed on the runner's action: move focus to its heading, or to `to`. */
  moved(to?: string): void;
  emit<K extends keyof HamstringCheckEvents>(name: K, detail: HamstringCheckEvents[K]): void;
}

/** After this long a request says "still working" rather than just "loading". */
const SLOW = 3000;

/** Whether an answer is complete and within bounds for its question. */
export function fits(q: Question | undefined, v: AnswerValue | undefined): boolean {
  if (!q || v === undefined) return false;
  if (q.type === 'number')
    return Number.isInteger(v) && (v as number) >= (q.min ?? 0) && (v as number) <= (q.max ?? 999);
  const chosen = [v].flat();
  return (
    Array.isArray(v) === (q.type === 'multi' || q.type === 'region') &&
    chosen.length > 0 &&
    chosen.every((c) => q.options?.some((o) => o.id === c))
  );
}

export class Flow {
  #questionnaire?: Questionnaire;
  answers: Answers = {};
  /** Optional questions the runner chose to skip, so "continue" does not stop at them again. */
  #skipped: string[] = [];
  screen: 'intro' | 'question' | 'result' = 'intro';
  id = '';
  result?: TriageResult;
  busy = false;
  slow = false;
  error?: ApiError;
  /** Next was pressed without a valid answer. */
  invalid = false;
  /** The questionnaire changed under the runner (409) and was reloaded. */
  updated = false;
  /** Questions to go through before sending: from the result's "could change it" list, or left open by a questionnaire update. */
  revisit: string[] = [];
  /**
   * The report shared from this result (null: shared, then removed); only in memory, forgotten on Start
   * again or a form reset.
   */
  shared?: Report | null;
  #host: FlowHost;
  #loaded?: Promise<unknown>;
  /** What Try again runs: the last request, which failed. */
  #task?: () => Promise<unknown>;
  /** The completion was counted for the clinic: later results of the same run are not counted again. */
  #counted?: boolean;

  constructor(host: FlowHost) {
    this.#host = host;
  }

  get questionnaire(): Questionnaire | undefined {
    return this.#questionnaire;
  }

  get question(): Question | undefined {
    return this.#questionnaire?.questions.find((q) => q.id === this.id);
  }

  /** The current question's part of the questionnaire: [number, how many parts, title]. */
  get part(): [number, number, string] {
    const sections = this.#questionnaire?.sections ?? [];
    const i = sections.findIndex((s) => s.id === this.question?.section);
    return [i + 1, sections.length, sections[i]?.title ?? ''];
  }

  get asked(): string[] {
    return this.#questionnaire ? askedQuestions(this.#questionnaire, this.answers) : [];
  }

  /** Fetches the questionnaire in the host's language, resuming a session saved before a reload. */
  load(): Promise<unknown> {
    const loading = getQuestionnaire(this.#host.apiBase, this.#host.language).then((q) => {
      const stale = this.#questionnaire && this.#questionnaire.version !== q.version;
      this.#questionnaire = q;
      if (stale) this.answers = this.#keep(this.answers);
      if (this.screen === 'intro' && this.#restore()) this.screen = 'question';
      this.#host.requestUpdate();
    });
    // A failed load is forgotten, so the next Start or Try again fetches again.
    loading.catch(() => {
      if (this.#loaded === loading) this.#loaded = undefined;
    });
    this.#loaded = loading;
    return loading;
  }

  /** The first load, when the element connects: its failure shows at once, without taking focus. */
  boot(): Promise<void> {
    return this.#run(() => this.load(), false);
  }

  start(): Promise<void> {
    return this.#run(async () => {
      await (this.#loaded ?? this.load());
      this.#host.emit('start', { lang: this.#host.language });
      this.#go(this.asked[0]);
    });
  }

  /**
   * Back to the intro with nothing kept but the loaded questionnaire: answers (in memory and in
   * sessionStorage), the result and the shared report's delete token. A shared report itself stays until
   * it expires or is removed.
   */
  reset(): void {
    this.answers = {};
    this.#skipped = [];
    this.revisit = [];
    this.result = this.shared = this.error = undefined;
    this.updated = this.#counted = false;
    this.screen = 'intro';
    this.#clear();
    this.#host.requestUpdate();
  }

  /** "Start again". */
  restart(): Promise<void> {
    this.reset();
    return this.start();
  }

  set(value: AnswerValue | undefined): void {
    if (value === undefined) delete this.answers[this.id];
    else this.answers[this.id] = value;
    this.invalid = false;
    this.#save();
    this.#host.requestUpdate();
  }

  next(): void {
    if (!fits(this.question, this.answers[this.id])) {
      this.invalid = true;
      this.#host.requestUpdate();
      return;
    }
    this.#skipped = this.#skipped.filter((id) => id !== this.id);
    this.#host.emit('answer', { question: this.id });
    this.#advance();
  }

  skip(): void {
    if (!this.#skipped.includes(this.id)) this.#skipped.push(this.id);
    this.set(undefined);
    this.#advance();
  }

  back(): void {
    const i = this.asked.indexOf(this.id);
    if (i > 0) this.#go(this.asked[i - 1]);
    else this.#show('intro');
  }

  /** From the result: answer one of the questions that could change it, then the others, then resubmit. */
  reopen(ids: string[]): void {
    this.revisit = ids;
    this.#go(ids[0]);
  }

  /** Sends the answers; on a 409 reloads the questionnaire, keeps what still fits and continues. */
  submit(again = true): Promise<void> {
    return this.#run(async () => {
      const q = this.#questionnaire as Questionnaire;
      try {
        this.result = await postTriage(
          this.#host.apiBase,
          q.version,
          this.#host.language,
          this.#keep(this.answers),
          this.#counted ? undefined : this.#host.profile?.id,
        );
        this.#counted = true;
      } catch (err) {
        if ((err as ApiError).code !== 'stale' || !again) throw err;
        await this.load();
        this.updated = true;
        // Continue with the questions left open (new or changed ones) up to where the runner was, then send again.
        const asked = this.asked;
        const open = asked
          .slice(0, asked.indexOf(this.id) + 1 || asked.length)
          .filter((id) => this.answers[id] === undefined && !this.#skipped.includes(id));
        return open[0] ? this.reopen(open) : this.submit(false);
      }
      this.revisit = [];
      this.#clear();
      this.#show('result');
      const r = this.result;
      this.#host.emit('complete', {
        urgency: r.urgency.level,
        stretch: r.stretch.verdict,
        conditions: r.conditions.slice(0, 3).map((c) => c.id),
        questionnaireVersion: r.questionnaireVersion,
        earlyExit: r.earlyExit,
      });
    });
  }

  retry(): Promise<unknown> {
    return this.#run(this.#task as () => Promise<unknown>);
  }

  /** "Share with my clinician": only now are the answers stored, on the API, with the clinic if it loaded. */
  share(): Promise<void> {
    return this.#run(async () => {
      this.shared = await postReport(this.#host.apiBase, {
        questionnaireVersion: this.#questionnaire?.version,
        lang: this.#host.language,
        answers: this.#keep(this.answers),
        clinic: this.#host.profile?.id,
      });
      this.#host.moved('.share p');
    });
  }

  /** "Remove it": deletes the shared report with its delete token. */
  unshare(): Promise<void> {
    return this.#run(async () => {
      await deleteReport(this.#host.apiBase, this.shared as Report);
      this.shared = null;
      this.#host.moved('.share p');
    });
  }

  /** Answers restricted to questions that exist, take this value and are asked given the others. */
  #keep(answers: Answers): Answers {
    const q = this.#questionnaire as Questionnaire;
    const fitting = Object.fromEntries(
      Object.entries(answers).filter(([id, v]) =>
        fits(
          q.questions.find((x) => x.id === id),
          v,
        ),
      ),
    );
    const asked = askedQuestions(q, fitting);
    return Object.fromEntries(Object.entries(fitting).filter(([id]) => asked.includes(id)));
  }

  #advance(): void {
    const q = this.#questionnaire as Questionnaire;
    const asked = this.asked;
    const after = this.revisit.length
      ? this.revisit
          .slice(this.revisit.indexOf(this.id) + 1)
          .filter((id) => asked.includes(id) && this.answers[id] === undefined)
      : asked.slice(asked.indexOf(this.id) + 1);
    // A red flag ends the questionnaire once the runner has passed it, not while they revisit earlier answers.
    const passed = asked.slice(0, asked.indexOf(this.id) + 1);
    const sofar = Object.fromEntries(Object.entries(this.answers).filter(([id]) => passed.includes(id)));
    if (shouldExit(q, this.#keep(sofar)) || !after[0]) void this.submit();
    else this.#go(after[0]);
  }

  #go(id: string | undefined): void {
    this.id = id ?? '';
    this.invalid = false;
    this.#save();
    this.#show('question');
  }

  /** A failed request's message and its Try again belong to the screen it failed on, so they go with it. */
  #show(screen: Flow['screen']): void {
    this.screen = screen;
    this.error = undefined;
    this.#host.moved();
    this.#host.requestUpdate();
  }

  /** Runs a request with the busy, "still working" and error states around it; `focus`: move focus to a failure. */
  async #run(task: () => Promise<unknown>, focus = true): Promise<void> {
    this.#task = task;
    this.busy = true;
    this.error = undefined;
    this.#host.requestUpdate();
    const timer = setTimeout(() => {
      this.slow = true;
      this.#host.requestUpdate();
    }, SLOW);
    try {
      await task();
    } catch (err) {
      // Anything else thrown is our own bug: say so as a server error rather than hang.
      this.error = (err as ApiError).code ? (err as ApiError) : { code: 'server' };
      this.#host.emit('error', { code: this.error.code });
      if (focus) this.#host.moved('.err button');
    } finally {
      clearTimeout(timer);
      this.busy = this.slow = false;
      this.#host.requestUpdate();
    }
  }

  // sessionStorage only, keyed by questionnaire version, so a reload mid-way loses nothing; it is
  // cleared as soon as the result is shown. Storage may be unavailable (privacy modes): then no resume.
  get #key(): string {
    return `hamstring-check:${this.#questionnaire?.version}`;
  }

  #save(): void {
    try {
      sessionStorage.setItem(this.#key, JSON.stringify([this.answers, this.id, this.#skipped]));
    } catch {}
  }

  #restore(): boolean {
    try {
      const [answers, id, skipped] = JSON.parse(sessionStorage.getItem(this.#key) ?? '0');
      this.answers = this.#keep(answers);
      this.#skipped = skipped;
      this.id = this.asked.includes(id) ? id : (this.asked[0] ?? '');
      return true;
    } catch {
      return false;
    }
  }

  #clear(): void {
    try {
      sessionStorage.removeItem(this.#key);
    } catch {}
  }
}
