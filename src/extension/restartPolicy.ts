/**
 * What to do when the language server process dies: restart it, and tell the user once, not once per
 * crash. The limits are vscode-languageclient's own (4 restarts within 3 minutes); what changes is
 * what is said: one notice when the server is first restarted in a window, one when it is given up.
 * Pure (no vscode import) so that the unit tests can drive it with a fake clock.
 */

/** Restarts allowed within WINDOW_MS; the next crash stops the server. */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60 * 1000;

export type CrashDecision =
  /** restart and tell the user (the first crash of a window) */
  | { action: 'restart'; notice: string }
  /** restart quietly: the user was told already */
  | { action: 'restart' }
  /** crashed too often: leave it stopped and say so */
  | { action: 'stop'; notice: string };

export class RestartPolicy {
  /** crash times within the current window, oldest first */
  private crashes: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  crashed(): CrashDecision {
    const t = this.now();
    this.crashes = [...this.crashes.filter((c) => t - c < WINDOW_MS), t];
    if (this.crashes.length > MAX_RESTARTS) {
      this.crashes = [];
      return {
        action: 'stop',
        notice: `The ISMS language server crashed ${MAX_RESTARTS + 1} times within ${WINDOW_MS / 60_000} minutes and was not restarted; see the ISMS output for why. Reload the window to start it again.`,
      };
    }
    if (this.crashes.length === 1) return { action: 'restart', notice: 'The ISMS language server stopped unexpectedly and was restarted.' };
    return { action: 'restart' };
  }
}
