/**
 * The date the checks take as today moves at local midnight (when `isms.today` is not set): the status
 * bar and the tree ask for it on every refresh, but diagnostics are only re-checked on a change. This
 * watches the date and re-checks when it moves, so that the Problems panel moves to the new day too.
 * Polling (not a timer set for midnight) survives a laptop's sleep and a time-zone or clock change.
 */

/** How often the date is looked at: a re-check comes at most this late after midnight. */
export const DAY_POLL_MS = 30_000;

export class DayWatcher {
  private day: string;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** the date the checks use now ('YYYY-MM-DD'): the setting when set, else the local date */
    private readonly today: () => string,
    private readonly onNewDay: (day: string) => void,
    private readonly everyMs = DAY_POLL_MS,
  ) {
    this.day = today();
  }

  start(): void {
    this.stop();
    this.day = this.today();
    this.timer = setInterval(() => this.poll(), this.everyMs);
    // the language server lives as long as its connection, not because of this timer
    this.timer.unref();
  }

  /** Looks at the date once; true when it moved (and a re-check was asked for). */
  poll(): boolean {
    const now = this.today();
    if (now === this.day) return false;
    this.day = now;
    this.onNewDay(now);
    return true;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
