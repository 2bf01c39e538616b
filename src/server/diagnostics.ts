/**
 * Core diagnostics → LSP. The index is updated on every event; only checking and publishing are
 * debounced (isms.diagnostics.debounceMs). Only files whose diagnostics changed are published; files
 * that left the workspace get an empty list once. While a large ISMS is read, the diagnostics that need
 * nothing but their own file (IsmsWorkspace.fileLocalDiagnostics) are published for the files read so far,
 * with a work-done progress (issue 20.1): each a subset of what the complete check then publishes.
 */
import {
  DiagnosticSeverity,
  type Connection,
  type Diagnostic as LspDiagnostic,
  type DiagnosticRelatedInformation,
} from 'vscode-languageserver/node';
import type { Diagnostic, IsmsWorkspace, Severity } from '../core';
import { ruleDocUri } from '../common/ruleDocs';
import type { IsmsNotifications } from '../common/protocol';
import { todayOf, type ServerSettings } from './settings';
import { IndexProgress } from './indexProgress';
import { mark } from './startupTrace';
import { pathToUri } from './uris';
import type { IndexingProgress, WorkspaceManager } from './workspaceManager';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] | undefined = d.related?.map((r) => ({
    location: { uri: pathToUri(r.location.file), range: r.location.range },
    message: r.message,
  }));
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.code,
    // the rule's section of the bundled documentation, read-only and offline (served by the extension)
    codeDescription: { href: ruleDocUri(d.code) },
    source: 'isms',
    message: d.message,
    ...(related && related.length > 0 ? { relatedInformation: related } : {}),
    ...(d.data ? { data: d.data } : {}),
  };
}

export interface Counts {
  errors: number;
  warnings: number;
}

export class DiagnosticsPublisher {
  private timer: NodeJS.Timeout | undefined;
  /** files with a non-empty published list, so that they can be cleared when they leave */
  private readonly published = new Set<string>();
  private counts: Counts = { errors: 0, warnings: 0 };
  /** files with errors or warnings: the totals are kept up to date file by file, not summed per check */
  private readonly byFileCounts = new Map<string, Counts>();
  private lastRun: Promise<void> = Promise.resolve();
  /** a check has run on the complete first index: until then nothing is debounced (the editor waits for the first diagnostics) */
  private indexChecked = false;
  /** per root being read, how many of its files were published while indexing */
  private readonly indexedUpTo = new WeakMap<IsmsWorkspace, number>();
  /** files published while indexing → what was sent: the complete check does not send the same list again */
  private readonly sentWhileIndexing = new Map<string, string>();
  private readonly progress: IndexProgress;

  constructor(
    private readonly connection: Connection,
    private readonly workspaces: WorkspaceManager,
    private readonly settings: () => ServerSettings,
    /** called once the first check on the complete index has been published */
    private readonly firstPublished: () => void = () => undefined,
    /** called once everything of that first check has been written to the client (releaseMemory) */
    private readonly afterFirstIndex: () => void = () => undefined,
  ) {
    this.progress = new IndexProgress(connection.window, (m) => connection.console.log(m));
  }

  get totals(): Counts {
    return this.counts;
  }

  /**
   * Debounced: many events (typing, a checkout) make one check. Not the first check of the index: it
   * runs as soon as the scan is done (a run waits for the index), since nobody is typing yet.
   */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    const delay = this.indexChecked ? this.settings().debounceMs : 0;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.lastRun = this.run();
    }, delay);
  }

  /**
   * A large root is being read: shows the progress and, once the settings are known (`checkable`),
   * publishes the diagnostics that need nothing but their own file for the files read since the last
   * call. A file open in the editor waits for the complete check (its unsaved text replaces the disk's), and
   * so does one published already (a root read again, its .gitignore changed): a subset would withdraw some.
   */
  whileIndexing({ workspace: ws, files, done }: IndexingProgress, checkable: boolean): void {
    this.progress.update(done, files.length);
    if (!checkable) return;
    const settings = this.settings();
    const options = { today: todayOf(settings), rules: settings.rules };
    const from = this.indexedUpTo.get(ws) ?? 0;
    this.indexedUpTo.set(ws, Math.max(from, done));
    for (const file of files.slice(from, done)) {
      if (this.published.has(file) || this.workspaces.isOpen(file)) continue;
      const list = ws.fileLocalDiagnostics(file, options);
      if (list.length === 0) continue;
      const params = { uri: pathToUri(file), diagnostics: list.map(toLspDiagnostic) };
      void this.connection.sendDiagnostics(params);
      this.sentWhileIndexing.set(file, JSON.stringify(params.diagnostics));
      this.published.add(file);
      this.setCounts(file, countsOf(list));
    }
  }

  /** The files are gone from every root: clear what was published for them. */
  forget(files: string[]): void {
    for (const f of files) {
      this.setCounts(f, { errors: 0, warnings: 0 });
      if (this.published.delete(f)) void this.connection.sendDiagnostics({ uri: pathToUri(f), diagnostics: [] });
    }
  }

  /** For tests and for requests that want fresh numbers. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      this.lastRun = this.run();
    }
    await this.lastRun;
  }

  private async run(): Promise<void> {
    await this.workspaces.settled();
    const whole = this.workspaces.ready && !this.indexChecked;
    if (whole) mark('check start');
    const settings = this.settings();
    const today = todayOf(settings);
    let sent = 0;
    const started = Date.now();
    for (const ws of this.workspaces.workspaces()) {
      try {
        const result = ws.check({ today, rules: settings.rules });
        for (const file of result.changed) {
          const list = result.diagnosticsOf(file);
          if (list.length === 0 && !this.published.has(file)) continue;
          const diagnostics = list.map(toLspDiagnostic);
          if (list.length > 0) this.published.add(file);
          else this.published.delete(file);
          this.setCounts(file, countsOf(list));
          // published while indexing, and nothing more found since: the editor shows it already
          const shown = this.sentWhileIndexing.get(file);
          if (shown !== undefined && shown === JSON.stringify(diagnostics)) continue;
          void this.connection.sendDiagnostics({ uri: pathToUri(file), diagnostics });
          sent++;
        }
      } catch (e) {
        this.connection.console.error(`isms: checking ${ws.root} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
    }
    if (this.workspaces.ready) {
      // a root read later (a folder added) may publish while indexing again
      this.sentWhileIndexing.clear();
      this.progress.end();
    }
    if (whole) {
      this.indexChecked = true;
      mark('published');
      this.firstPublished();
    }
    const ms = Date.now() - started;
    if (ms > 500) this.connection.console.log(`isms: checked in ${ms} ms (${sent} files republished)`);
    const changed: IsmsNotifications['isms/didChangeTree'] = { ready: this.workspaces.ready };
    const sending = this.connection.sendNotification('isms/didChangeTree', changed);
    // once everything of the first complete check is written (messages go out in order), not before
    if (whole) void sending.then(() => this.afterFirstIndex());
  }

  private setCounts(file: string, next: Counts): void {
    const before = this.byFileCounts.get(file) ?? { errors: 0, warnings: 0 };
    if (next.errors || next.warnings) this.byFileCounts.set(file, next);
    else this.byFileCounts.delete(file);
    this.counts = {
      errors: this.counts.errors - before.errors + next.errors,
      warnings: this.counts.warnings - before.warnings + next.warnings,
    };
  }
}

function countsOf(list: readonly Diagnostic[]): Counts {
  return { errors: list.filter((d) => d.severity === 'error').length, warnings: list.filter((d) => d.severity === 'warning').length };
}
