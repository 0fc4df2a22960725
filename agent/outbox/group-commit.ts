/**
 * A burst this large already spreads its sync over enough records: it commits at the end of
 * the current turn of the event loop instead of waiting out the rest of the group-commit window.
 */
const FULL_GROUP = 256;

/**
 * When queued enqueues commit. Each commit pays a disk sync (invariant 1), so the first enqueue
 * waits `windowMs` (`outbox.group_commit`) for neighbours to share it; a burst of FULL_GROUP
 * records commits at the end of this turn of the event loop instead.
 */
export class GroupCommit {
  private cancel: (() => void) | undefined;
  private waitingOnTimer = false;

  constructor(
    private readonly windowMs: number,
    private readonly commit: () => void,
  ) {}

  /** Records were queued; `queued` records wait now. */
  schedule(queued: number): void {
    const full = queued >= FULL_GROUP;
    if (this.cancel !== undefined && !(full && this.waitingOnTimer)) return;
    this.cancel?.();
    this.waitingOnTimer = this.windowMs > 0 && !full;
    if (this.waitingOnTimer) {
      const timer = setTimeout(this.commit, this.windowMs);
      this.cancel = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(this.commit);
      this.cancel = () => clearImmediate(immediate);
    }
  }

  /** The commit runs now, or not at all: nothing stays scheduled. */
  clear(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
