/**
 * @module The request the runner waits for (loading, sending, sharing, removing), as a Lit reactive
 * controller: busy, "still working" after a while, what went wrong, and what Try again repeats. A form
 * reset or removing the element drops it: the request is aborted and nothing it would have changed shows.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiError } from './api.ts';
import { emit } from './events.ts';
import { whenRemoved } from './removed.ts';

/** After this long a request says "still working" rather than just "loading". */
const SLOW = 3000;

/** A request's work: the calls it makes stop at `signal`, and it checks `signal` after anything else it awaits. */
export type Task = (signal: AbortSignal) => Promise<unknown>;

export class Requests implements ReactiveController {
  busy = false;
  slow = false;
  /** The last request's failure, until the next request or screen. */
  error?: ApiError;
  readonly #host: ReactiveControllerHost & Element;
  /** Moves focus, after the next render, to the element a selector picks. */
  readonly #focus: (to: string) => void;
  #ac = new AbortController();
  /** What Try again runs: the last request, which failed. */
  #task?: Task;

  constructor(host: ReactiveControllerHost & Element, focus: (to: string) => void) {
    this.#host = host;
    this.#focus = focus;
    host.addController(this);
  }

  hostDisconnected(): void {
    whenRemoved(this.#host, () => this.drop());
  }

  /** Runs a request with the busy, "still working" and error states around it; `focus`: move focus to a failure. */
  async run(task: Task, focus = true): Promise<void> {
    const ac = new AbortController();
    this.#ac = ac;
    this.#task = task;
    this.#set(true);
    const timer = setTimeout(() => {
      this.slow = true;
      this.#host.requestUpdate();
    }, SLOW);
    try {
      await task(ac.signal);
    } catch (err) {
      if (ac.signal.aborted) return;
      // Anything else thrown is our own bug: say so as a server error rather than hang.
      this.error = (err as ApiError).code ? (err as ApiError) : { code: 'server' };
      emit(this.#host, 'error', { code: this.error.code });
      if (focus) this.#focus('.err button');
    } finally {
      clearTimeout(timer);
      // A request started inside this one (a resubmit) has its own states.
      if (ac === this.#ac) this.#set(false, this.error);
    }
  }

  retry(): Promise<void> {
    return this.run(this.#task as Task);
  }

  /** Aborts the request under way, if any: it ends without a trace. */
  drop(): void {
    this.#ac.abort();
    this.#set(false);
  }

  #set(busy: boolean, error?: ApiError): void {
    this.busy = busy;
    this.slow = false;
    this.error = error;
    this.#host.requestUpdate();
  }
}
