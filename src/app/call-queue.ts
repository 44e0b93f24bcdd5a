/** Runs async jobs one after another: calls change the account in place and must never interleave. */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Run `job` after every job queued before it; its result or error is passed on. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.tail.then(job, job);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
