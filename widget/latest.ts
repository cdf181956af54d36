/**
 * @module What the widget fetches again when its inputs change (the questionnaire with `lang`, the
 * clinic's profile with `clinic`), as a Lit reactive controller: the newest request wins. A newer request
 * aborts the older one, and whoever waited for the older one gets the newer one's outcome, so a slow answer
 * (in the old language) never replaces a newer one. Removing the element aborts it; putting it back
 * fetches again (`again`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenRemoved } from './removed.ts';

export class Latest<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #again: () => void;
  #n = 0;
  #ac = new AbortController();
  /** The newest request, under way or done, until it fails (so the next need fetches again). */
  pending?: Promise<unknown>;

  constructor(host: ReactiveControllerHost & Element, again: () => void) {
    this.#host = host;
    this.#again = again;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#ac.signal.aborted) this.#again();
  }

  hostDisconnected(): void {
    whenRemoved(this.#host, () => this.abort());
  }

  /** Requests with `fetch`; `apply` runs only if no newer request was made meanwhile. */
  get(fetch: (signal: AbortSignal) => Promise<T>, apply: (value: T) => void): Promise<unknown> {
    const n = ++this.#n;
    this.abort();
    this.#ac = new AbortController();
    this.pending = fetch(this.#ac.signal).then(
      (value) => (n === this.#n ? apply(value) : this.pending),
      (err) => {
        if (n !== this.#n) return this.pending;
        this.pending = undefined;
        throw err;
      },
    );
    return this.pending;
  }

  abort(): void {
    this.#ac.abort();
  }
}
