/**
 * Slack wants every request acknowledged within three seconds; the answer may follow (a command's
 * through its response_url, a mention's through chat.postMessage). Working out an answer in the turn of
 * its ack means that under a burst each new request waits behind the answers before it, and acks slow
 * to the pace of answers until they miss the deadline. Here answers take turns instead: one starts per
 * turn of the event loop, so every request that arrived meanwhile is read and acknowledged first.
 * Under a burst acks keep pace and answers queue, in order of arrival; when idle an answer waits one turn.
 *
 * A listener hands over its answer and returns: while an answer waits, only what it needs (the question,
 * where to reply) is kept, not the request Bolt would hold on to until the listener finished.
 */
export interface AnswerQueueOptions {
  /** Called with an answer that failed (its work rejected). */
  onError: (error: unknown) => void;
  /** Given each answer's completion, so shutdown can wait for answers still queued. Default: none. */
  track?: (done: Promise<void>) => unknown;
  /**
   * Most answers waiting at once; past it an answer starts at once, before further acks, so a burst
   * that never ends slows acks down instead of filling memory. Default 10,000 (a few MB, and about
   * ten seconds of answers).
   */
  maxWaiting?: number;
}

export class AnswerQueue {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;
  private readonly onError: (error: unknown) => void;
  private readonly track: (done: Promise<void>) => unknown;
  private readonly maxWaiting: number;

  constructor({ onError, track = () => undefined, maxWaiting = 10_000 }: AnswerQueueOptions) {
    this.onError = onError;
    this.track = track;
    this.maxWaiting = maxWaiting;
  }

  /** Answers not yet started. */
  get size(): number {
    return this.waiting.length;
  }

  /** Starts `work` in a turn of its own, after the answers already waiting; returns at once. */
  later(work: () => Promise<void>): void {
    let start = (): void => undefined;
    const done = new Promise<void>((resolve) => {
      start = resolve;
    })
      .then(work)
      .catch((error: unknown) => this.onError(error));
    this.track(done);
    if (this.waiting.length >= this.maxWaiting) {
      start();
      return;
    }
    this.waiting.push(start);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // An immediate queued while immediates run waits for the next turn, after its poll for I/O:
    // that is what lets the acks of requests that arrived meanwhile go first.
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      this.schedule();
    });
  }
}
