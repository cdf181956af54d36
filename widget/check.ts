/**
 * @module The check's state and the runner's moves, as a Lit reactive controller: which screen, which
 * question, the answers, the result and the shared report. Every change renders the host, and focus
 * follows the runner's actions. What it fetches comes through Latest (latest.ts: the newest load wins,
 * removal aborts) and Requests (requests.ts: busy, failure, Try again); a questionnaire that changed under
 * the runner (a 409) is fetched again, keeping what still fits.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { askedQuestions } from '../shared/logic/visibility.ts';
import type { ReportCreated } from '../shared/schemas/clinic.ts';
import type { Question, Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Answers, AnswerValue, Lang } from '../shared/schemas/values.ts';
import { after, fits, keep, open, questionOf } from './answers.ts';
import { type ApiError, deleteReport, getQuestionnaire, postReport, postTriage } from './api.ts';
import { completed, emit } from './events.ts';
import { Latest } from './latest.ts';
import { Requests } from './requests.ts';
import { clear, restore, save } from './storage.ts';

export interface CheckHost extends ReactiveControllerHost, HTMLElement {
  readonly language: Lang;
  readonly apiBase: string;
  /** The clinic's id once its profile has loaded: the triage counts the completion for it, a share names it. */
  readonly clinicId?: string;
}

export class CheckController implements ReactiveController {
  questionnaire?: Questionnaire;
  answers: Answers = {};
  screen: 'intro' | 'question' | 'result' = 'intro';
  /** The question on screen. */
  id = '';
  result?: TriageResult;
  /** Next was pressed without a valid answer. */
  invalid = false;
  /** The questionnaire changed under the runner (409) and was reloaded. */
  updated = false;
  /** Questions to go through before sending: from the result's "could change it" list, or left open by a questionnaire update. */
  revisit: string[] = [];
  /** The report shared from this result (null: shared, then removed); only in memory, forgotten on Start again or a form reset. */
  shared?: ReportCreated | null;
  /** The text last copied, so its button says "Copied". */
  copied?: string;
  readonly requests: Requests;
  readonly #host: CheckHost;
  readonly #loads: Latest<Questionnaire>;
  /** Optional questions the runner chose to skip, so "continue" does not stop at them again. */
  #skipped: string[] = [];
  /** The completion was counted for the clinic: later results of the same run are not counted again. */
  #counted = false;
  /** Where focus goes after the next render. */
  #focus?: string;

  constructor(host: CheckHost) {
    this.#host = host;
    host.addController(this);
    this.requests = new Requests(host, (to) => this.#move(to));
    // Back after a removal: the questionnaire again. (The first load waits for the first render: boot.)
    this.#loads = new Latest(host, () => (this.questionnaire ? this.load().catch(() => {}) : this.boot()));
  }

  /**
   * Focus follows the runner's actions, never the first render, so the widget does not take focus from
   * the page: to the new screen's heading, to Try again after a failure, to the sentence that says a
   * report was shared or removed.
   */
  hostUpdated(): void {
    if (this.#focus) this.#host.shadowRoot?.querySelector<HTMLElement>(this.#focus)?.focus();
    this.#focus = undefined;
  }

  get busy(): boolean {
    return this.requests.busy;
  }

  get question(): Question | undefined {
    return this.questionnaire && questionOf(this.questionnaire, this.id);
  }

  /** The current question's part of the questionnaire: [number, how many parts, title]. */
  get part(): [number, number, string] {
    const sections = this.questionnaire?.sections ?? [];
    const i = sections.findIndex((s) => s.id === this.question?.section);
    return [i + 1, sections.length, sections[i]?.title ?? ''];
  }

  get asked(): string[] {
    return this.questionnaire ? askedQuestions(this.questionnaire, this.answers) : [];
  }

  /** Fetches the questionnaire in the host's language, resuming a session saved before a reload. */
  load(): Promise<unknown> {
    const { apiBase, language } = this.#host;
    return this.#loads.get(
      (signal) => getQuestionnaire(apiBase, language, signal),
      (q) => {
        if (this.questionnaire && this.questionnaire.version !== q.version)
          this.answers = keep(q, this.answers);
        this.questionnaire = q;
        if (
          this.screen === 'intro' &&
          restore(q.version, ([answers, id, skipped]) => {
            this.answers = keep(q, answers);
            this.#skipped = skipped;
            this.id = this.asked.includes(id) ? id : (this.asked[0] ?? '');
          })
        )
          this.screen = 'question';
        this.#update();
      },
    );
  }

  /** The first load, at the first render: its failure shows at once, without taking focus. */
  boot(): Promise<void> {
    return this.requests.run(() => this.load(), false);
  }

  start(): Promise<void> {
    return this.requests.run(async (signal) => {
      await (this.#loads.pending ?? this.load());
      signal.throwIfAborted();
      emit(this.#host, 'start', { lang: this.#host.language });
      this.#go(this.asked[0]);
    });
  }

  /**
   * Back to the intro with nothing kept but the loaded questionnaire: answers (in memory and in
   * sessionStorage), the result and the shared report's delete token. A request under way is dropped
   * (not the first load: the intro needs it). A shared report itself stays until it expires or is removed.
   */
  reset(): void {
    if (this.questionnaire) this.requests.drop();
    this.answers = {};
    this.#skipped = [];
    this.revisit = [];
    this.result = this.shared = undefined;
    this.updated = this.#counted = false;
    this.screen = 'intro';
    clear(this.questionnaire?.version);
    this.#update();
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
    this.#update();
  }

  next(): void {
    if (!fits(this.question, this.answers[this.id])) {
      this.invalid = true;
      this.#update();
      return;
    }
    this.#skipped = this.#skipped.filter((id) => id !== this.id);
    emit(this.#host, 'answer', { question: this.id });
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
    return this.requests.run(async (signal) => {
      try {
        this.result = await postTriage(
          this.#host.apiBase,
          this.#request(),
          this.#counted ? undefined : this.#host.clinicId,
          signal,
        );
        this.#counted = true;
      } catch (err) {
        if ((err as ApiError).code !== 'stale' || !again) throw err;
        await this.load();
        signal.throwIfAborted();
        this.updated = true;
        // Continue with the questions left open up to where the runner was, then send again.
        const left = open(this.asked, this.id, this.answers, this.#skipped);
        return left[0] ? this.reopen(left) : this.submit(false);
      }
      this.revisit = [];
      clear(this.questionnaire?.version);
      this.#show('result');
      emit(this.#host, 'complete', completed(this.result));
    });
  }

  retry(): Promise<void> {
    return this.requests.retry();
  }

  /** "Share with my clinician": only now are the answers stored, on the API, with the clinic if it loaded. */
  share(): Promise<void> {
    return this.requests.run(async (signal) => {
      const body = { ...this.#request(), clinic: this.#host.clinicId };
      this.shared = await postReport(this.#host.apiBase, body, signal);
      this.#move('.share p');
    });
  }

  /** "Remove it": deletes the shared report with its delete token. */
  unshare(): Promise<void> {
    return this.requests.run(async (signal) => {
      await deleteReport(this.#host.apiBase, this.shared as ReportCreated, signal);
      this.shared = null;
      this.#move('.share p');
    });
  }

  /** Copies a text; if the page refuses the clipboard, the text stays there to select. */
  copy(text: string): void {
    navigator.clipboard.writeText(text).then(
      () => {
        this.copied = text;
        this.#update();
      },
      () => {},
    );
  }

  /** What the triage and a share send: the answers that still fit, in the host's language. */
  #request() {
    const q = this.questionnaire as Questionnaire;
    return { questionnaireVersion: q.version, lang: this.#host.language, answers: keep(q, this.answers) };
  }

  #advance(): void {
    const id = after(this.questionnaire as Questionnaire, this.answers, this.id, this.revisit);
    if (id) this.#go(id);
    else void this.submit();
  }

  #go(id: string | undefined): void {
    this.id = id ?? '';
    this.invalid = false;
    this.#save();
    this.#show('question');
  }

  /** A failed request's message and its Try again belong to the screen it failed on, so they go with it. */
  #show(screen: CheckController['screen']): void {
    this.screen = screen;
    this.requests.error = undefined;
    this.#move();
    this.#update();
  }

  /** After the next render, focus the element `to` selects in the shadow root (default: the heading). */
  #move(to = 'h2'): void {
    this.#focus = to;
  }

  #save(): void {
    save(this.questionnaire?.version, [this.answers, this.id, this.#skipped]);
  }

  #update(): void {
    this.#host.requestUpdate();
  }
}
