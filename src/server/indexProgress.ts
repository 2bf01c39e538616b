/**
 * The standard LSP work-done progress while a large ISMS is read (issue 20.1): `window/workDoneProgress/create`,
 * then `$/progress` begin ("Indexing ISMS", n of N files), reports, and end once the complete index is
 * checked. Only when the client says `window.workDoneProgress` (vscode-languageserver sends nothing
 * otherwise), and only for a large root (WorkspaceManager: LARGE_ROOT_FILES): a small ISMS is read
 * faster than a progress would help.
 */
import type { RemoteWindow, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';

export const INDEXING_TITLE = 'Indexing ISMS';

const message = (done: number, total: number): string => `${done} of ${total} files`;
const percentage = (done: number, total: number): number => (total === 0 ? 100 : Math.floor((done / total) * 100));

export class IndexProgress {
  /** the progress shown now: begun once the client has answered the create request */
  private reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;

  constructor(
    private readonly window: RemoteWindow,
    private readonly log: (message: string) => void,
  ) {}

  /** `done` of `total` files of a root read: begins the progress on the first call, reports on the next ones. */
  update(done: number, total: number): void {
    if (this.reporter) {
      void this.reporter.then((r) => r?.report(percentage(done, total), message(done, total)));
      return;
    }
    this.reporter = this.window.createWorkDoneProgress().then(
      (r) => {
        r.begin(INDEXING_TITLE, percentage(done, total), message(done, total), false);
        return r;
      },
      (e: unknown) => {
        this.log(`isms: the client refused a progress: ${String(e)}`);
        return undefined;
      },
    );
  }

  /** The complete index is checked and published: ends the progress, if one was begun. */
  end(): void {
    const reporter = this.reporter;
    this.reporter = undefined;
    void reporter?.then((r) => r?.done());
  }
}
