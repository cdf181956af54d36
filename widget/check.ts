/**
 * @module The check's state and the runner's moves, as a Lit reactive controller: which screen, which
 * question, the answers, the result and the shared report. Which question comes next, and when the
 * answers settle the result, the interview says (POST /v1/interview/next, docs/interview.md): the widget
 * runs no flow logic of its own. Every change renders the host, and focus follows the runner's actions.
 * What it fetches comes through Latest (latest.ts: the newest request wins, removal aborts) and Requests
 * (requests.ts: busy, failure, Try again); a questionnaire that changed under the runner (a 409) is
 * fetched again, keeping what still fits.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReportCreated } from '../shared/schemas/clinic.ts';
import type { Question, Questionnaire } from '../shared/schemas/questionnaire.ts';
import type { TriageResult } from '../shared/schemas/triage.ts';
import type { Answers, AnswerValue, Lang } from '../shared/schemas/values.ts';
import { fits, keep, questionOf } from './answers.ts';
import {
  type ApiError,
  deleteReport,
  getQuestionnaire,
  type InterviewStep,
  postInterview,
  postReport,
  postTriage,
} from './api.ts';
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
  /** The interview's last step: where it goes next, whether the result is settled, the progress. */
  step?: InterviewStep;
  /** The questions shown, in order: Back walks it, and Next walks it again before asking anything new. */
  trail: string[] = [];
  /** The body map's marks: region id → 1 left, 2 right, 3 both. */
  marks: Record<string, number> = {};
  /**
   * The progress bar, 0 to 1: the interview's answered / (answered + at most to go), never lower than it
   * was, not even after Back (the answers stay, and so does the way already come).
   */
  progress = 0;
  /** The runner chose to answer more after a settled result. */
  more = false;
  result?: TriageResult;
  /** Next was pressed without a valid answer. */
  invalid = false;
  /** The questionnaire changed under the runner (409) and was reloaded. */
  updated = false;
  /** The report shared from this result (null: shared, then removed); only in memory, forgotten on Start again or a form reset. */
  shared?: ReportCreated | null;
  /** The text last copied, so its button says "Copied". */
  copied?: string;
  readonly requests: Requests;
  readonly #host: CheckHost;
  readonly #loads: Latest<Questionnaire>;
  /** Interview steps: the newest answers' step wins, so a slow reply to older answers never moves the runner. */
  readonly #steps: Latest<InterviewStep>;
  /** Optional questions the runner chose to skip: the interview does not ask them again. */
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
    // A step aborted by a removal is asked again by Try again (requests.ts).
    this.#steps = new Latest(host, () => {});
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

  /** The title of the current question's part of the questionnaire. */
  get section(): string {
    return this.questionnaire?.sections.find((s) => s.id === this.question?.section)?.title ?? '';
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
          restore(q.version, ([answers, id, skipped, trail, step, marks]) => {
            if (!questionOf(q, id)) throw 0;
            this.answers = keep(q, answers);
            this.#skipped = skipped;
            this.id = id;
            this.trail = trail ?? [id];
            this.marks = marks ?? {};
            this.#step(step);
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

  /** The first step comes with the questionnaire, so the first question needs no request of its own. */
  start(): Promise<void> {
    return this.requests.run(async (signal) => {
      await (this.#loads.pending ?? this.load());
      signal.throwIfAborted();
      emit(this.#host, 'start', { lang: this.#host.language });
      await this.#follow((this.questionnaire as Questionnaire).start);
    });
  }

  /**
   * Back to the intro with nothing kept but the loaded questionnaire: answers (in memory and in
   * sessionStorage), the result and the shared report's delete token. A request under way is dropped
   * (not the first load: the intro needs it). A shared report itself stays until it expires or is removed.
   */
  reset(): void {
    if (this.questionnaire) this.requests.drop();
    this.#steps.abort();
    this.answers = {};
    this.marks = {};
    this.#skipped = [];
    this.trail = [];
    this.id = '';
    this.progress = 0;
    this.step = this.result = this.shared = undefined;
    this.updated = this.more = this.#counted = false;
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
    if (this.question?.type === 'region') this.#sides();
    this.invalid = false;
    this.#save();
    this.#update();
  }

  /** A region on one side of the body map (1 left, 2 right): `where`, and with it `sides`. */
  mark(id: string, side: number): void {
    const on = (this.marks[id] ?? 0) ^ side;
    this.marks[id] = on;
    // A region ends a "not sure" (or any exclusive option) chosen in the list.
    const where = ([this.answers[this.id] ?? []].flat() as string[]).filter(
      (x) => x !== id && !this.question?.options?.find((o) => o.id === x)?.exclusive,
    );
    this.set(on ? [...where, id] : where[0] ? where : undefined);
  }

  /** "It swaps from one side to the other", beside the map: the sides answer the map cannot give. */
  swap(on: boolean): void {
    if (on) this.answers.sides = 'alternates';
    else delete this.answers.sides;
    this.set(this.answers[this.id]);
  }

  /**
   * The map answers the sides question, so the interview does not ask it: one side marked, or both.
   * A region picked in the list has no side, so then the question is asked (unless it swaps sides). An
   * answer the runner gave to the question itself stands: the map never turns "both legs" into one.
   */
  #sides(): void {
    const where = [this.answers[this.id] ?? []].flat() as string[];
    const marks = this.marks;
    for (const x in marks) if (!where.includes(x)) delete marks[x];
    if (this.answers.sides === 'alternates' || this.trail.includes('sides')) return;
    const all = where.reduce((a, x) => a | (marks[x] || 4), 0);
    if (all && all < 4) this.answers.sides = all === 3 ? 'both' : 'one';
    else if (all > 4) delete this.answers.sides;
  }

  next(): void {
    if (!fits(this.question, this.answers[this.id])) {
      this.invalid = true;
      this.#update();
      return;
    }
    this.#skipped = this.#skipped.filter((id) => id !== this.id);
    emit(this.#host, 'answer', { question: this.id });
    void this.#ask();
  }

  skip(): void {
    if (!this.#skipped.includes(this.id)) this.#skipped.push(this.id);
    this.set(undefined);
    void this.#ask();
  }

  back(): void {
    const i = this.trail.indexOf(this.id);
    if (i > 0) this.#go(this.trail[i - 1] as string);
    else {
      this.id = '';
      this.#show('intro');
    }
  }

  /**
   * "See my result" while answering more: the answer on screen if it is complete, then the interview
   * decides (an answer that unsettles the result asks on).
   */
  finish(): void {
    this.more = false;
    if (!fits(this.question, this.answers[this.id])) this.set(undefined);
    void this.#ask();
  }

  /** From a settled result: "a few more questions could sharpen this". */
  answerMore(): void {
    this.more = true;
    this.#go(this.step?.next as string);
  }

  /** Sends the answers; on a 409 reloads the questionnaire, keeps what still fits and asks the interview again. */
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
        await this.#reload(signal);
        return this.#next(signal, false);
      }
      this.more = false;
      clear(this.questionnaire?.version);
      this.#show('result');
      emit(this.#host, 'complete', completed(this.result));
    });
  }

  retry(): Promise<void> {
    return this.requests.retry();
  }

  /**
   * A part the result leaves out unless asked (the API sends it with `expand`), asked for when the runner
   * needs it, with the same answers: the clinician summary for Copy and Print, the sources when Full
   * details opens. Once: a result that has it is not asked again.
   */
  async expand(part: 'clinicianSummary' | 'sources'): Promise<void> {
    const r = this.result as TriageResult;
    if (!r[part])
      await this.requests.run(async (signal) => {
        const body = { ...this.#request(), expand: [part] };
        r[part] = (await postTriage(this.#host.apiBase, body, undefined, signal))[part] as never;
      });
    await this.#host.updateComplete;
  }

  /** Copy and Print carry the clinician summary. */
  async summary(use: (text: string) => void): Promise<void> {
    await this.expand('clinicianSummary');
    const s = this.result?.clinicianSummary;
    if (s) use(s.text);
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

  /** What the triage and a share send: the answers, in the host's language. */
  #request() {
    return this.#body({ lang: this.#host.language });
  }

  /** The answers for this questionnaire, with what else a request carries. */
  #body<T>(more: T) {
    return {
      questionnaireVersion: (this.questionnaire as Questionnaire).version,
      answers: this.answers,
      ...more,
    };
  }

  /** Asks the interview for the step after the answers so far, and follows it. */
  #ask(): Promise<void> {
    return this.requests.run((signal) => this.#next(signal));
  }

  async #next(signal: AbortSignal, again = true): Promise<void> {
    const body = this.#body({ skipped: this.#skipped });
    try {
      await this.#steps.get(
        (abort) => postInterview(this.#host.apiBase, body, abort),
        (s) => this.#follow(s, again),
      );
    } catch (err) {
      if ((err as ApiError).code !== 'stale' || !again) throw err;
      await this.#reload(signal);
      return this.#next(signal, false);
    }
  }

  async #reload(signal: AbortSignal): Promise<void> {
    await this.load();
    signal.throwIfAborted();
    this.updated = true;
  }

  /**
   * Drops the answers the flow no longer asks, then: after Back, the questions answered before, again;
   * the result on an exit, once settled (unless the runner asked for more) or with nothing left to ask;
   * else the interview's next question.
   */
  #follow(s: InterviewStep, again = true): Promise<void> | undefined {
    this.#step(s);
    for (const id of s.stale) delete this.answers[id];
    this.trail = this.trail.filter((id) => !s.stale.includes(id));
    const ahead = this.trail[this.trail.indexOf(this.id) + 1];
    if (s.exit || !(ahead || (s.next && (this.more || !s.settled)))) return this.submit(again);
    this.#go((ahead ?? s.next) as string);
  }

  #step(s: InterviewStep | undefined): void {
    this.step = s;
    if (s) this.progress = Math.max(this.progress, s.answered / (s.answered + s.atMost || 1));
  }

  #go(id: string): void {
    this.id = id;
    if (!this.trail.includes(id)) this.trail.push(id);
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
    save(this.questionnaire?.version, [
      this.answers,
      this.id,
      this.#skipped,
      this.trail,
      this.step,
      this.marks,
    ]);
  }

  #update(): void {
    this.#host.requestUpdate();
  }
}
